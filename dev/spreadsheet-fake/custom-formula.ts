/**
 * This file defines how the fake evaluates a conditional-format custom formula for one cell, for
 * the forms the add-on writes and a little more: comparisons (`=$K2="Champions"`, `=$K2=""`),
 * `&`, arithmetic, AND/OR/NOT/ISBLANK, references with `$` absolute and otherwise relative to the
 * rule's first cell, compared the Sheets way (text case-insensitively, a blank cell equal to "",
 * 0 and FALSE). Any other form is not compiled, so callers can report it rather than guess.
 */
import type { CellValue } from './cell-input';
import { type CellReference, type Token, tokenize } from './formula-tokens';
import {
  ARITHMETIC,
  COMPARISONS,
  FormulaError,
  FUNCTIONS,
  fromCell,
  number,
  order,
  text,
  truth,
  type Value,
} from './formula-values';

type Node = (read: CellReader, at: Position) => Value;
export type CellReader = (row: number, column: number) => CellValue;
export interface Position {
  /** 1-based. */
  readonly row: number;
  readonly column: number;
}

export interface CompiledFormula {
  /** Whether every reference has an absolute column, so each row has one result. */
  readonly rowOnly: boolean;
  /** Whether the formula holds for the cell `at`, in a rule whose first cell is `anchor`. */
  holds(read: CellReader, anchor: Position, at: Position): boolean;
}

/** The compiled formula, or undefined for a form the fake does not evaluate. */
export function compileCustomFormula(formula: string): CompiledFormula | undefined {
  if (!formula.startsWith('=')) return undefined;
  try {
    const tokens = tokenize(formula.slice(1)).filter((token) => token.kind !== 'space');
    const parser = new Parser(tokens);
    const root = parser.comparison();
    if (parser.peek() !== undefined) return undefined;
    return {
      rowOnly: parser.references.every((reference) => reference.absoluteColumn),
      holds: (read, anchor, at) => {
        try {
          return truth(root(read, { row: at.row - anchor.row, column: at.column - anchor.column }));
        } catch (error) {
          if (error instanceof FormulaError) return false;
          throw error;
        }
      },
    };
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Recursive descent over the tokens; `at` in a node is the offset from the rule's first cell. */
class Parser {
  readonly references: CellReference[] = [];
  #next = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.#next];
  }

  comparison(): Node {
    return this.binary(
      () => this.concatenation(),
      COMPARISONS,
      (compare, a, b) => compare(order(a, b)),
    );
  }

  private concatenation(): Node {
    return this.binary(
      () => this.sum(),
      { '&': true },
      (_, a, b) => text(a) + text(b),
    );
  }

  private sum(): Node {
    return this.binary(
      () => this.product(),
      pick(ARITHMETIC, '+', '-'),
      (apply, a, b) => apply(number(a), number(b)),
    );
  }

  private product(): Node {
    return this.binary(
      () => this.unary(),
      pick(ARITHMETIC, '*', '/'),
      (apply, a, b) => apply(number(a), number(b)),
    );
  }

  private binary<Op>(
    operand: () => Node,
    operators: Readonly<Record<string, Op>>,
    combine: (op: Op, a: Value, b: Value) => Value,
  ): Node {
    let left = operand();
    for (let token = this.peek(); token && Object.hasOwn(operators, token.text); ) {
      const op = operators[token.text] as Op;
      this.#next++;
      const [a, b] = [left, operand()];
      left = (read, at) => combine(op, a(read, at), b(read, at));
      token = this.peek();
    }
    return left;
  }

  private unary(): Node {
    if (this.peek()?.text !== '-') return this.primary();
    this.#next++;
    const operand = this.unary();
    return (read, at) => -number(operand(read, at));
  }

  private primary(): Node {
    const token = this.tokens[this.#next++];
    if (token === undefined) throw new SyntaxError('formula ends early');
    if (token.kind === 'number' || token.kind === 'string') return () => token.value;
    if (token.kind === 'reference' && !token.reference.qualified) return this.cell(token.reference);
    if (token.text === '(') return this.parenthesised(this.comparison());
    if (token.kind !== 'name') throw new SyntaxError(`unexpected ${token.text}`);
    const name = token.text.toUpperCase();
    if ((name === 'TRUE' || name === 'FALSE') && this.peek()?.text !== '(') {
      return () => name === 'TRUE';
    }
    const apply = FUNCTIONS[name];
    if (apply === undefined || this.tokens[this.#next++]?.text !== '(') {
      throw new SyntaxError(`no function ${name}`);
    }
    const args = this.argumentsUntilClose();
    return (read, at) => apply(args.map((arg) => arg(read, at)));
  }

  private parenthesised(inner: Node): Node {
    if (this.tokens[this.#next++]?.text !== ')') throw new SyntaxError('missing )');
    return inner;
  }

  private argumentsUntilClose(): Node[] {
    const args: Node[] = [];
    if (this.peek()?.text === ')') {
      this.#next++;
      return args;
    }
    for (;;) {
      args.push(this.comparison());
      const separator = this.tokens[this.#next++]?.text;
      if (separator === ')') return args;
      if (separator !== ',') throw new SyntaxError('expected , or )');
    }
  }

  private cell(reference: CellReference): Node {
    this.references.push(reference);
    return (read, at) => {
      const row = reference.absoluteRow ? reference.row : reference.row + at.row;
      const column = reference.absoluteColumn ? reference.column : reference.column + at.column;
      if (row < 1 || column < 1) throw new FormulaError('#REF!');
      return fromCell(read(row, column));
    };
  }
}

function pick<V>(table: Readonly<Record<string, V>>, ...keys: string[]): Record<string, V> {
  return Object.fromEntries(keys.map((key) => [key, table[key] as V]));
}
