/**
 * This file defines how a fake object leads back to the model behind it. Fakes never call each
 * other through their counted methods (that would count calls the add-on did not make); they look
 * the model up here instead.
 */

export class Handles<Model> {
  readonly #models = new WeakMap<object, Model>();

  constructor(private readonly kind: string) {}

  /** Remembers the model behind a fake; returns the fake. */
  register<Fake extends object>(fake: Fake, model: Model): Fake {
    this.#models.set(fake, model);
    return fake;
  }

  has(fake: unknown): boolean {
    return typeof fake === 'object' && fake !== null && this.#models.has(fake);
  }

  /** The model behind a fake made by this module; throws for anything else. */
  modelOf(fake: unknown): Model {
    const model = typeof fake === 'object' && fake !== null ? this.#models.get(fake) : undefined;
    if (model === undefined) {
      throw new TypeError(`fake: expected a ${this.kind} of a fake workbook, got ${typeof fake}`);
    }
    return model;
  }
}
