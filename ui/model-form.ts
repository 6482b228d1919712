/**
 * This file defines the model picker and its options form: the models by the names the server
 * sends — a model the mapped columns cannot give what it needs shown disabled, saying so — and
 * only the options the chosen model uses, each labelled and checked before a
 * run, with what is wrong said next to it. The options fold away under the picker: each has a
 * default, and the first screen belongs to the model and the action. Each option's label, range
 * and step are the option registry's, as the server's checks are.
 */
import type {
  ClassifyOptions,
  ColumnRole,
  Language,
  ModelId,
  Shape,
  SheetSurvey,
} from '../src/addon/sidebar/api';
import { missingForModel } from '../src/core/model-needs';
import { type NumberRange, OPTIONS, RANGES } from '../src/core/option-registry';
import { breaksFields } from './breaks-fields';
import { element, formGroup, select, withTestId } from './dom';
import {
  OPTION_NAMES,
  type OptionName,
  type OptionTexts,
  optionsOf,
  optionTexts,
  readOptions,
  SHARE_OPTIONS,
} from './options';
import type { Words } from './words';

export interface ModelForm {
  /** The model picker, shown first. */
  readonly picker: HTMLElement;
  /** The chosen model's options, folded: each has a default, and a wrong one unfolds them. */
  readonly options: HTMLDetailsElement;
  readonly model: () => ModelId;
  /** Marks the models the mapped columns do not give what they need: disabled, saying so. */
  readonly setMapping: (shape: Shape, roles: readonly (ColumnRole | null)[]) => void;
  /** The roles the chosen model still needs with the mapping last set; empty when none. */
  readonly missing: () => ColumnRole[];
  /** The label language chosen, or null for the spreadsheet's. */
  readonly labelLanguage: () => Language | null;
  /** The model and its options; null when an option is wrong, which is then marked and focused. */
  readonly read: () => { readonly model: ModelId; readonly options: ClassifyOptions } | null;
  /**
   * How many of its classes the chosen model lists before a run: a clustering's count as typed
   * (the default while it is wrong), every class of the others. Reads, marks nothing.
   */
  readonly classCount: () => number | undefined;
}

interface OptionField {
  readonly group: HTMLElement;
  readonly control: HTMLInputElement | HTMLSelectElement;
  readonly problem: HTMLElement;
}

export function modelForm(survey: SheetSurvey, words: Words, onChange: () => void): ModelForm {
  const chosen = survey.saved ?? { model: 'tiers', options: survey.defaults };
  const modelSelect = withTestId(
    select(
      { id: 'model', value: chosen.model },
      survey.models.map((choice) => [choice.id, choice.name[survey.language]]),
    ),
    'model',
  );
  const texts = optionTexts(chosen.options);
  const fields = Object.fromEntries(
    OPTION_NAMES.map((name) => [name, optionField(name, texts[name], words, survey.language)]),
  ) as Readonly<Record<OptionName, OptionField>>;
  // a measure's own breaks go with the score levels they replace
  const breaks = breaksFields(chosen.options.breaks, survey.language);
  const model = () => modelSelect.value as ModelId;
  const showOptions = () => {
    const shown = new Set(optionsOf(model()));
    for (const name of OPTION_NAMES) fields[name].group.hidden = !shown.has(name);
    breaks.show(shown.has('bins'));
  };
  modelSelect.addEventListener('change', () => {
    showOptions();
    onChange();
  });
  showOptions();

  const options = withTestId(
    element(
      'details',
      { className: 'block' },
      element('summary', { textContent: words.options }),
      ...OPTION_NAMES.map((name) => fields[name].group),
      ...breaks.groups,
    ),
    'options',
  );
  // any option changed (the labels' language, a threshold, the clusters' count, a measure's
  // breaks) changes what Classify would give: the legend and the preview follow it
  options.addEventListener('change', onChange);
  /** The options as typed in their fields. */
  const typedTexts = () =>
    Object.fromEntries(
      OPTION_NAMES.map((name) => [name, fields[name].control.value]),
    ) as OptionTexts;
  let missingOf = (_id: ModelId): ColumnRole[] => [];
  return {
    picker: element('div', { className: 'block' }, formGroup(words.model, modelSelect)),
    options,
    model,
    setMapping: (shape, roles) => {
      const mapped = new Set(roles);
      missingOf = (id) => missingForModel(id, shape, mapped);
      for (const option of modelSelect.options) {
        const choice = survey.models.find(({ id }) => id === option.value);
        if (!choice) continue;
        const name = choice.name[survey.language];
        option.disabled = missingOf(choice.id).length > 0;
        option.textContent = option.disabled ? words.needsDatesName(name) : name;
      }
    },
    missing: () => missingOf(model()),
    labelLanguage: () => (fields.language.control.value || null) as Language | null,
    read: () => {
      const { options: read, problems } = readOptions(
        typedTexts(),
        optionsOf(model()),
        survey.defaults,
      );
      for (const name of OPTION_NAMES) {
        const { control, problem } = fields[name];
        const wrong = problems[name];
        problem.textContent = wrong ? words[wrong] : '';
        problem.hidden = !wrong;
        control.setAttribute('aria-invalid', String(Boolean(wrong)));
      }
      const firstWrong = OPTION_NAMES.find((name) => problems[name]);
      if (firstWrong !== undefined) {
        options.open = true;
        fields[firstWrong].control.focus();
        return null;
      }
      const measureBreaks = breaks.read(() => {
        options.open = true;
      });
      return measureBreaks && { model: model(), options: { ...read, ...measureBreaks } };
    },
    classCount: () =>
      model() === 'clusters'
        ? readOptions(typedTexts(), [], survey.defaults).options.clusterCount
        : undefined,
  };
}

/**
 * A number field's limits, for the browser's own spinner and hints; `readOptions` decides. An
 * excluded minimum is left to it: `min` would let the spinner reach it.
 */
export function numberFieldLimits(name: OptionName): Partial<HTMLInputElement> {
  const spec = OPTIONS[name];
  if (!('range' in spec)) return {};
  const range: NumberRange = RANGES[spec.range];
  return {
    ...(range.minIncluded ? { min: String(range.min) } : {}),
    ...(Number.isFinite(range.max) ? { max: String(range.max) } : {}),
    ...(spec.step === null ? {} : { step: String(spec.step) }),
  };
}

function optionField(
  name: OptionName,
  value: string,
  words: Words,
  language: Language,
): OptionField {
  const id = `option-${name}`;
  const control = optionControl(name, id, words);
  control.value = value;
  const problem = element('div', { className: 'error', id: `${id}-error`, hidden: true });
  const described = [problem.id];
  const after: HTMLElement[] = [problem];
  if (name === 'asOf') {
    const hint = element('div', {
      className: 'secondary',
      id: `${id}-hint`,
      textContent: words.asOfHint,
    });
    described.unshift(hint.id);
    after.unshift(hint);
  }
  control.setAttribute('aria-describedby', described.join(' '));
  return { group: formGroup(OPTIONS[name].label[language], control, ...after), control, problem };
}

function optionControl(
  name: OptionName,
  id: string,
  words: Words,
): HTMLInputElement | HTMLSelectElement {
  if (name === 'language')
    return select({ id }, [
      ['', words.labelLanguages.sheet],
      ['en', words.labelLanguages.en],
      ['zh', words.labelLanguages.zh],
    ]);
  if (name === 'asOf') return element('input', { id, type: 'date' });
  // a share is text: a number field drops the % of "20%" without a word, and "0.2%" becomes 0.2
  if ((SHARE_OPTIONS as readonly OptionName[]).includes(name))
    return element('input', { id, type: 'text', inputMode: 'decimal', spellcheck: false });
  return element('input', { id, type: 'number', inputMode: 'decimal', ...numberFieldLimits(name) });
}
