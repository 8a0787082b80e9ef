/**
 * A Go text/template file as a tree (text/template/parse's grammar, what src/helm/template-flow.ts
 * needs of it): actions printing a pipeline, if / with / range blocks with their else branches,
 * template and block calls, and the defines. Anything else, or anything out of place, is refused.
 */
import type { Action, Token } from './template-lex.js';

export type Term =
  | { k: 'dot' }
  | { k: 'var'; name: string }
  | { k: 'func'; name: string }
  | { k: 'string'; value: string | null }
  | { k: 'literal' }
  | { k: 'paren'; pipe: Pipe };

/** A term and the fields chained on it (`.Values.x`: dot, [Values, x]). */
export interface Operand {
  term: Term;
  chain: string[];
}

export interface Pipe {
  /** Variables declared (`:=`) or assigned (`=`); for range, its key and element. */
  vars: string[];
  cmds: Operand[][];
}

export type Node =
  | { k: 'print'; pipe: Pipe; line: number }
  | { k: 'if' | 'with' | 'range'; pipe: Pipe; body: Node[]; alt: Node[]; line: number }
  | { k: 'call'; name: string; pipe: Pipe | null; line: number };

export interface Define {
  name: string;
  body: Node[];
}

export interface ParsedTemplate {
  top: Node[];
  defines: Define[];
}

export type Parsed = { ok: true; template: ParsedTemplate } | { ok: false; reason: string };

class Refused extends Error {}

type Block = Extract<Node, { k: 'if' | 'with' | 'range' }>;

interface Open {
  node: Block | { k: 'define'; body: Node[] };
  inAlt: boolean;
  /** An `else if` / `else with`: closed by the `end` of the block it continues. */
  chained: boolean;
}

export function parseTemplate(actions: readonly Action[]): Parsed {
  const out: ParsedTemplate = { top: [], defines: [] };
  const stack: Open[] = [];
  const list = (): Node[] => {
    const open = stack.at(-1);
    if (!open) return out.top;
    return open.inAlt && open.node.k !== 'define' ? open.node.alt : open.node.body;
  };
  try {
    for (const a of actions) parseAction(a, stack, list, out);
    if (stack.length > 0) throw new Refused('a block is not closed');
    return { ok: true, template: out };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.message };
    throw e;
  }
}

function parseAction(a: Action, stack: Open[], list: () => Node[], out: ParsedTemplate): void {
  const tokens = a.tokens;
  const first = skipSpace(tokens, 0);
  const head = tokens[first];
  const fail = (what: string): never => {
    throw new Refused(`line ${a.line}: ${what}`);
  };
  if (!head) return fail('empty action');
  if (head.t !== 'keyword' || head.name === 'nil')
    return void list().push({ k: 'print', pipe: pipeline(tokens, first, a.line), line: a.line });
  const rest = skipSpace(tokens, first + 1);
  switch (head.name) {
    case 'if':
    case 'with':
    case 'range': {
      const node: Block = {
        k: head.name,
        pipe: pipeline(tokens, rest, a.line),
        body: [],
        alt: [],
        line: a.line,
      };
      list().push(node);
      return void stack.push({ node, inAlt: false, chained: false });
    }
    case 'else':
      return elseBranch(tokens, rest, a.line, stack, list);
    case 'end':
      if (rest < tokens.length) fail('end takes nothing');
      while (stack.at(-1)?.chained) stack.pop();
      if (!stack.pop()) fail('end without a block');
      return;
    case 'define':
    case 'block':
      return defineBlock(head.name, tokens, rest, a.line, stack, list, out);
    case 'template':
      return void list().push(templateCall(tokens, rest, a.line));
    case 'break':
    case 'continue':
      if (rest < tokens.length) fail(`${head.name} takes nothing`);
      return;
  }
  fail(`unexpected ${head.name}`);
}

function elseBranch(tokens: Token[], at: number, line: number, stack: Open[], list: () => Node[]): void {
  const open = stack.at(-1);
  if (!open || open.node.k === 'define' || open.inAlt) throw new Refused(`line ${line}: else out of place`);
  open.inAlt = true;
  const next = tokens[at];
  if (!next) return;
  if (next.t !== 'keyword' || (next.name !== 'if' && next.name !== 'with'))
    throw new Refused(`line ${line}: else takes nothing but if or with`);
  const pipe = pipeline(tokens, skipSpace(tokens, at + 1), line);
  const node: Block = { k: next.name, pipe, body: [], alt: [], line };
  list().push(node);
  stack.push({ node, inAlt: false, chained: true });
}

function defineBlock(
  kind: 'define' | 'block',
  tokens: Token[],
  at: number,
  line: number,
  stack: Open[],
  list: () => Node[],
  out: ParsedTemplate,
): void {
  const name = tokens[at];
  if (name?.t !== 'string' || name.value === null) throw new Refused(`line ${line}: ${kind} needs a name`);
  if (kind === 'define' && stack.length > 0) throw new Refused(`line ${line}: define inside a block`);
  const body: Node[] = [];
  out.defines.push({ name: name.value, body });
  if (kind === 'block') {
    const pipe = pipeline(tokens, skipSpace(tokens, at + 1), line);
    list().push({ k: 'call', name: name.value, pipe, line });
  } else if (skipSpace(tokens, at + 1) < tokens.length)
    throw new Refused(`line ${line}: define takes a name`);
  stack.push({ node: { k: 'define', body }, inAlt: false, chained: false });
}

function templateCall(tokens: Token[], at: number, line: number): Node {
  const name = tokens[at];
  if (name?.t !== 'string' || name.value === null) throw new Refused(`line ${line}: template needs a name`);
  const rest = skipSpace(tokens, at + 1);
  return {
    k: 'call',
    name: name.value,
    pipe: rest < tokens.length ? pipeline(tokens, rest, line) : null,
    line,
  };
}

function skipSpace(tokens: readonly Token[], at: number): number {
  while (tokens[at]?.t === 'space') at++;
  return at;
}

/** `[$a[, $b] (:= | =)] command ( | command )*` from `at` to the end of the tokens. */
function pipeline(tokens: Token[], at: number, line: number): Pipe {
  const r = new Reader(tokens, at, line);
  const pipe = r.pipe(false);
  if (!r.done()) r.fail('unexpected tokens after the pipeline');
  return pipe;
}

class Reader {
  constructor(
    private readonly tokens: Token[],
    private at: number,
    private readonly line: number,
  ) {}

  fail(what: string): never {
    throw new Refused(`line ${this.line}: ${what}`);
  }

  done(): boolean {
    this.at = skipSpace(this.tokens, this.at);
    return this.at >= this.tokens.length;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  /** A pipeline up to the end, or up to its `)` when `inParens`. */
  pipe(inParens: boolean): Pipe {
    const vars = inParens ? [] : this.declarations();
    const cmds: Operand[][] = [];
    for (;;) {
      cmds.push(this.command());
      this.at = skipSpace(this.tokens, this.at);
      if (this.peek()?.t !== 'pipe') break;
      this.at++;
    }
    if (inParens ? this.peek()?.t !== 'rparen' : !this.done()) this.fail('a pipeline ends out of place');
    return { vars, cmds };
  }

  private declarations(): string[] {
    const start = this.at;
    const vars: string[] = [];
    for (;;) {
      this.at = skipSpace(this.tokens, this.at);
      const v = this.peek();
      if (v?.t !== 'var') break;
      vars.push(v.name);
      this.at = skipSpace(this.tokens, this.at + 1);
      const sep = this.peek();
      if (sep?.t === 'declare' || sep?.t === 'assign') {
        this.at++;
        return vars;
      }
      if (sep?.t !== 'comma' || vars.length > 1) break;
      this.at++;
    }
    this.at = start;
    return [];
  }

  private command(): Operand[] {
    const operands: Operand[] = [];
    for (;;) {
      this.at = skipSpace(this.tokens, this.at);
      const t = this.peek();
      if (!t || t.t === 'pipe' || t.t === 'rparen') break;
      operands.push(this.operand());
    }
    if (operands.length === 0) this.fail('missing value for command');
    return operands;
  }

  private operand(): Operand {
    const term = this.term();
    const chain: string[] = [];
    for (let t = this.peek(); t?.t === 'field'; t = this.peek()) {
      chain.push(t.name);
      this.at++;
    }
    if (chain.length > 0 && (term.k === 'string' || term.k === 'literal')) this.fail('a field of a constant');
    return { term, chain };
  }

  private term(): Term {
    const t = this.tokens[this.at++];
    switch (t?.t) {
      case 'dot':
        return { k: 'dot' };
      case 'field':
        this.at--;
        return { k: 'dot' };
      case 'var':
        return { k: 'var', name: t.name };
      case 'ident':
        return { k: 'func', name: t.name };
      case 'string':
        return { k: 'string', value: t.value };
      case 'literal':
        return { k: 'literal' };
      case 'keyword':
        if (t.name === 'nil') return { k: 'literal' };
        break;
      case 'lparen': {
        const pipe = this.pipe(true);
        this.at++;
        return { k: 'paren', pipe };
      }
    }
    return this.fail('unexpected token in a command');
  }
}
