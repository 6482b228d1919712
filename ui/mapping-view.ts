/**
 * This file defines the column mapping's view: the sheet's shape with a dropdown to override
 * it, the header row, and one row per column (letter, header text, role dropdown), with what
 * the shape still needs, and a reset to what the survey detected. It is folded when every role
 * needed was found, and reopens when the server asks.
 */
import type { ColumnRole, Shape, SheetSurvey, SurveyColumn } from '../src/addon/sidebar/api';
import { SHAPES } from '../src/core/column-roles';
import { element, formGroup, select, withTestId } from './dom';
import {
  initialMapping,
  type Mapping,
  mappingIn,
  missingOf,
  SHAPE_ROLES,
  withRole,
} from './mapping';
import type { Words } from './words';

export interface MappingView {
  readonly root: HTMLElement;
  readonly mapping: () => Mapping;
  readonly missing: () => readonly string[];
  /** Unfolds the mapping and puts the focus on its first dropdown. */
  readonly reopen: () => void;
}

const NOT_USED = '';

export function mappingView(
  survey: SheetSurvey,
  words: Words,
  start: { readonly mapping: Mapping; readonly open: boolean },
  onChange: () => void,
): MappingView {
  let mapping = start.mapping;
  /** Each shape's mapping as the user left it: a switch there and back loses no role. */
  let shapeMappings: Partial<Record<Shape, Mapping>> = {};
  /**
   * The mapping when the focused role dropdown got the focus. The arrow keys step a closed
   * `<select>` through its options, each step a `change`: applied to this, each step moves
   * only the role it shows, and the role the step before had taken goes back to its column.
   */
  let beforeFocus: Mapping | null = null;
  const shapeSelect = withTestId(
    select(
      { id: 'shape', value: mapping.shape },
      SHAPES.map((shape) => [shape, words.shapes[shape]]),
    ),
    'shape',
  );
  const columns = element('div', { className: 'columns' });
  const missingLine = withTestId(element('p', { id: 'missing' }), 'missing');
  const resetButton = withTestId(
    element('button', { type: 'button', textContent: words.resetColumns }),
    'reset-columns',
  );

  const roleSelects = () => columns.querySelectorAll('select');
  const showRoles = () => {
    for (const [position, dropdown] of [...roleSelects()].entries())
      dropdown.value = mapping.roles[position] ?? NOT_USED;
  };
  const showMissing = () => {
    const missing = missingOf(survey, mapping);
    missingLine.className = missing.length > 0 ? 'error' : 'secondary';
    missingLine.textContent =
      missing.length > 0
        ? words.stillNeeded(missing.map((role) => words.roles[role]))
        : words.allFound;
  };
  const showColumns = () => {
    shapeSelect.value = mapping.shape;
    columns.replaceChildren(
      ...survey.columns.map((column, position) => {
        const dropdown = withTestId(
          select({ id: `role-${column.index}` }, [
            [NOT_USED, words.notUsed],
            ...SHAPE_ROLES[mapping.shape].map((role) => [role, words.roles[role]] as const),
          ]),
          `role-${column.index}`,
        );
        dropdown.addEventListener('focus', () => {
          beforeFocus = mapping;
        });
        dropdown.addEventListener('blur', () => {
          beforeFocus = null;
        });
        dropdown.addEventListener('change', () => {
          const role = (dropdown.value || null) as ColumnRole | null;
          mapping = withRole(beforeFocus ?? mapping, position, role);
          changed();
        });
        return columnRow(column, dropdown, words);
      }),
    );
    showRoles();
  };
  const changed = () => {
    showRoles();
    showMissing();
    onChange();
  };
  shapeSelect.addEventListener('change', () => {
    const shape = shapeSelect.value as Shape;
    shapeMappings[mapping.shape] = mapping;
    mapping = shapeMappings[shape] ?? mappingIn(shape, mapping.roles);
    showColumns();
    changed();
  });
  resetButton.addEventListener('click', () => {
    shapeMappings = {};
    mapping = initialMapping(survey, false);
    showColumns();
    changed();
  });
  showColumns();
  showMissing();

  const root = withTestId(
    element(
      'details',
      { className: 'block', open: start.open },
      element('summary', { textContent: words.mapping }),
      formGroup(words.shape, shapeSelect),
      element('p', { className: 'secondary', textContent: words.headerRow(survey.headerRow) }),
      columns,
      missingLine,
      resetButton,
    ),
    'mapping',
  );
  return {
    root,
    mapping: () => mapping,
    missing: () => missingOf(survey, mapping),
    reopen: () => {
      root.open = true;
      (roleSelects()[0] ?? shapeSelect).focus();
    },
  };
}

/** A column's row: its letter and header as the label of its role dropdown. */
function columnRow(column: SurveyColumn, dropdown: HTMLSelectElement, words: Words): HTMLElement {
  const header = column.header
    ? element('span', { className: 'header', textContent: column.header })
    : element('span', { className: 'secondary', textContent: words.noHeader });
  const label = element(
    'span',
    {},
    element('span', { className: 'letter', textContent: column.letter }),
    header,
  );
  const row = formGroup(label, dropdown);
  if (column.source === 'values')
    row.append(element('div', { className: 'secondary', textContent: words.guessed }));
  return row;
}
