/**
 * Whether a chart's templates render the same as one alias of a batch wrapper chart as they do alone.
 * In a batch the root context differs (`.Chart` is the alias's, `.Release` and `.Template` the wrapper's,
 * `.Capabilities` is shared by every alias, `.Values` gains `global: {}` and loses null defaults), so a
 * template is batchable only if it can never observe these. Proven by following, through variables,
 * `dict`s with constant keys and the data of `include` / `template`, every value that may be the root
 * context (a conservative abstract interpretation, to a fixed point): such a value may only have a
 * field read (never `.Chart`, `.Release`, `.Template`, `.Files`, `.Subcharts`), be stored in a
 * variable or a constant-keyed `dict`, or be handed to a template. Printed, compared, ranged over, or
 * given to any function, it refuses the chart; so do `tpl`, `lookup`, and an include of a computed
 * name or of a name with a `/` (a file's template: they are named otherwise in a batch). `.Values` as a whole is
 * plain data only when the caller proved it the same (`valuesExact`); otherwise only its fields
 * other than `global` are. A field of the root context this check does not know (a method of it:
 * `.YAML` prints it whole, `.PathValue "Files"` reaches its files) refuses the chart.
 *
 * The same interpretation answers a narrower question (fileReadRefusal): whether a template can read
 * the content of a chart file helm gives no meaning of its own to (anything but Chart.yaml, values,
 * templates/, crds/, …), which it can only through the root context's `.Files` (or `.Subcharts`).
 * There the root's other fields (`.Values`, `.Chart`, `.Release`, `.Template`, `.Capabilities`) are
 * plain data, `tpl` and `lookup` are plain functions (a `tpl` text runs with the data it is given,
 * never the root unless it is given the root, which refuses), and an include of a computed name (or
 * of a name with a `/`, a file's template) hands its data to every template of the chart.
 */
import type { Define, Node, Operand, ParsedTemplate, Pipe, Term } from './template-parse.js';

/** What a value may be (a union: any of the flags set). The empty type: code that never runs. */
interface Ty {
  /** The same data alone and in a batch: constants, parts of `.Values`, results of functions on those. */
  safe?: boolean;
  /** The root context of a template (`.` at a file's top, `$`). */
  root?: boolean;
  /** The whole `.Values` when it is not proven the same. */
  values?: boolean;
  /** `.Capabilities`, shared by every alias of a batch. */
  caps?: boolean;
  /** `.Capabilities.APIVersions`, a slice shared by every alias (sortAlpha sorts it in place). */
  apis?: boolean;
  /** A `dict` with constant keys holding one of the above. */
  rec?: ReadonlyMap<string, Ty>;
}

const SAFE: Ty = { safe: true };
const NOTHING: Ty = {};
/** Fields of the root context whose value is the wrapper's, not the chart's, in a batch. */
const DIFFERING = new Set(['Chart', 'Release', 'Template', 'Files', 'Subcharts']);
/** Fields of the root context that are plain data (helm's engine: recAllTpls, and render's `Template`). */
const ROOT_DATA = new Set(['Values', 'Capabilities', 'Chart', 'Release', 'Template']);
const MAX_RECORD_DEPTH = 4;
const MAX_ROUNDS = 40;

export interface TemplateFile {
  /** As said in reasons: `templates/x.yaml`. */
  path: string;
  template: ParsedTemplate;
}

class Refused extends Error {}

/** What is proven: the same render in a batch, or no read of the chart's files through `.Files`. */
type Mode = { kind: 'batch'; valuesExact: boolean } | { kind: 'files' };

/** Null when every template is proven to render the same in a batch; else why not. */
export function batchRefusal(
  files: readonly TemplateFile[],
  options: { valuesExact: boolean },
): string | null {
  return settle(files, new Flow({ kind: 'batch', valuesExact: options.valuesExact }));
}

/**
 * Null when no template can read a file of its chart through the root context (`.Files`,
 * `.Subcharts`, the root printed, dumped, ranged over or given to a function, `tpl` of it); else why
 * not. `files` must be every template helm parses for the render (no subchart's: they are not followed).
 */
export function fileReadRefusal(files: readonly TemplateFile[]): string | null {
  return settle(files, new Flow({ kind: 'files' }));
}

function settle(files: readonly TemplateFile[], flow: Flow): string | null {
  try {
    for (const f of files)
      for (const d of f.template.defines)
        if (d.name.includes('/'))
          throw new Refused(`${f.path}: define "${d.name}" may shadow a file's template`);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      flow.changed = false;
      files.forEach((f, i) => flow.walkFile(f, i));
      if (!flow.changed) return null;
    }
    return 'the templates did not settle (too deep)';
  } catch (e) {
    if (e instanceof Refused) return e.message;
    throw e;
  }
}

interface Ctx {
  file: string;
  dot: Ty;
  dollar: Ty;
  vars: Map<string, Ty>;
}

interface Arg {
  ty: Ty;
  /** The string constant the argument is, if it is one. */
  constant: string | null;
}

class Flow {
  changed = false;
  private readonly calls = new Map<string, Ty>();
  /** Files mode: the data of includes whose name is not known, which any template may be called with. */
  private anyCall: Ty = NOTHING;
  private readonly scopes = new Map<string, Map<string, Ty>>();

  constructor(private readonly mode: Mode) {}

  walkFile(f: TemplateFile, index: number): void {
    const top = join({ root: true }, this.anyCall);
    this.walk(f.template.top, { file: f.path, dot: top, dollar: top, vars: this.scope(`${index}`) });
    f.template.defines.forEach((d: Define, j) => {
      const data = join(this.calls.get(d.name) ?? NOTHING, this.anyCall);
      this.walk(d.body, { file: f.path, dot: data, dollar: data, vars: this.scope(`${index}:${j}`) });
    });
  }

  private scope(id: string): Map<string, Ty> {
    let vars = this.scopes.get(id);
    if (!vars) this.scopes.set(id, (vars = new Map()));
    return vars;
  }

  private walk(nodes: readonly Node[], ctx: Ctx): void {
    for (const n of nodes) {
      const at = `${ctx.file}:${n.line}`;
      if (n.k === 'print') {
        const t = this.pipe(n.pipe, ctx, at);
        if (n.pipe.vars.length === 0) this.requireSafe(t, at, 'printed');
      } else if (n.k === 'call') {
        this.call(n.name, n.pipe ? this.pipe(n.pipe, ctx, at) : SAFE, at);
      } else if (n.k === 'range') {
        this.requireSafe(this.commands(n.pipe, ctx, at), at, 'ranged over');
        for (const v of n.pipe.vars) this.assign(ctx, v, SAFE);
        this.walk(n.body, { ...ctx, dot: SAFE });
        this.walk(n.alt, ctx);
      } else {
        const t = this.pipe(n.pipe, ctx, at);
        this.requireSafe(t, at, `tested by ${n.k}`);
        this.walk(n.body, n.k === 'with' ? { ...ctx, dot: t } : ctx);
        this.walk(n.alt, ctx);
      }
    }
  }

  private pipe(pipe: Pipe, ctx: Ctx, at: string): Ty {
    const t = this.commands(pipe, ctx, at);
    for (const v of pipe.vars) this.assign(ctx, v, t);
    return t;
  }

  private commands(pipe: Pipe, ctx: Ctx, at: string): Ty {
    let piped: Ty | null = null;
    for (const cmd of pipe.cmds) piped = this.command(cmd, ctx, at, piped);
    return piped ?? NOTHING;
  }

  private command(cmd: readonly Operand[], ctx: Ctx, at: string, piped: Ty | null): Ty {
    const [first, ...rest] = cmd;
    const args = rest.map((o) => this.arg(o, ctx, at));
    if (piped) args.push({ ty: piped, constant: null });
    if (first!.term.k === 'func' && first!.chain.length === 0) return this.func(first!.term.name, args, at);
    const t = this.operand(first!, ctx, at);
    if (args.length === 0) return t;
    // A method called with arguments (`.Capabilities.APIVersions.Has "x"`): on plain data only.
    this.requireSafe(t, at, 'called');
    for (const a of args) this.requireSafe(a.ty, at, 'given to a method');
    return SAFE;
  }

  private arg(o: Operand, ctx: Ctx, at: string): Arg {
    const constant = o.term.k === 'string' && o.chain.length === 0 ? o.term.value : null;
    return { ty: this.operand(o, ctx, at), constant };
  }

  private operand(o: Operand, ctx: Ctx, at: string): Ty {
    let t = this.term(o.term, ctx, at);
    for (const name of o.chain) t = this.field(t, name, at);
    return t;
  }

  private term(term: Term, ctx: Ctx, at: string): Ty {
    switch (term.k) {
      case 'dot':
        return ctx.dot;
      case 'var':
        // Not assigned yet in this round: the next round sees what the variable gets. `$` too can be
        // declared or assigned (`{{ $ := .root }}`): it is then also whatever it was given.
        return term.name === '$'
          ? join(ctx.dollar, ctx.vars.get('$') ?? NOTHING)
          : (ctx.vars.get(term.name) ?? NOTHING);
      case 'func':
        return this.func(term.name, [], at);
      case 'paren':
        return this.commands(term.pipe, ctx, at);
      default:
        return SAFE;
    }
  }

  private field(t: Ty, name: string, at: string): Ty {
    if (isNothing(t)) return NOTHING;
    if (this.mode.kind === 'batch' && DIFFERING.has(name))
      throw new Refused(`${at}: .${name} is the batch wrapper's`);
    const parts: Ty[] = [];
    if (t.safe) parts.push(SAFE);
    if (t.root) parts.push(this.rootField(name, at));
    if (t.values) {
      if (name === 'global')
        throw new Refused(`${at}: .Values.global is {} in a batch (no global in values.yaml)`);
      parts.push(SAFE);
    }
    if (t.caps) parts.push(name === 'APIVersions' ? { apis: true } : SAFE);
    if (t.apis) {
      if (name !== 'Has') throw new Refused(`${at}: .Capabilities.APIVersions is shared in a batch`);
      parts.push(SAFE);
    }
    if (t.rec) parts.push(t.rec.get(name) ?? SAFE);
    return parts.reduce(join, NOTHING);
  }

  private rootField(name: string, at: string): Ty {
    if (this.mode.kind === 'files') {
      if (ROOT_DATA.has(name)) return SAFE;
      if (name === 'Files' || name === 'Subcharts')
        throw new Refused(`${at}: .${name} may read the chart's files`);
    } else {
      if (name === 'Values') return this.mode.valuesExact ? SAFE : { values: true };
      if (name === 'Capabilities') return { caps: true };
    }
    throw new Refused(
      `${at}: .${name} of the root context is not followed (a method of it: .YAML prints it whole)`,
    );
  }

  private func(name: string, args: readonly Arg[], at: string): Ty {
    if (this.mode.kind === 'batch' && (name === 'tpl' || name === 'lookup'))
      throw new Refused(`${at}: ${name} is not followed`);
    if (name === 'include') {
      if (args.length !== 2) throw new Refused(`${at}: include takes a name and data`);
      this.call(args[0]!.constant, args[1]!.ty, at);
      return SAFE;
    }
    if (name === 'dict' && args.some((a) => !isSafe(a.ty))) return this.record(args, at);
    for (const a of args) this.requireSafe(a.ty, at, `given to ${name}`);
    return SAFE;
  }

  /** `dict "root" $ "key" "x"`: a record of what each constant key holds. */
  private record(args: readonly Arg[], at: string): Ty {
    const rec = new Map<string, Ty>();
    for (let i = 0; i < args.length; i += 2) {
      const key = args[i]!.constant;
      if (key === null) throw new Refused(`${at}: a dict holding the root context has a computed key`);
      rec.set(key, args[i + 1]?.ty ?? SAFE);
    }
    const t: Ty = { rec };
    if (depth(t) > MAX_RECORD_DEPTH) throw new Refused(`${at}: dicts nested too deep to follow`);
    return t;
  }

  /**
   * A template called with `data`. In a batch its name must be a constant naming no file: the files'
   * templates are `gp-batch/charts/<alias>/…`, so a computed name could name one that only exists
   * there. Otherwise such a name may name any template: each is walked with `data` too.
   */
  private call(name: string | null, data: Ty, at: string): void {
    if ((name === null || name.includes('/')) && this.mode.kind === 'files') {
      this.anyCall = this.grown(this.anyCall, data);
      return;
    }
    if (name === null) throw new Refused(`${at}: an include of a computed template name`);
    if (name.includes('/'))
      throw new Refused(`${at}: an include of "${name}", which may name a file's template`);
    const before = this.calls.get(name) ?? NOTHING;
    const after = join(before, data);
    if (!same(before, after)) {
      this.calls.set(name, after);
      this.changed = true;
    }
  }

  private grown(before: Ty, more: Ty): Ty {
    const after = join(before, more);
    if (!same(before, after)) this.changed = true;
    return after;
  }

  private assign(ctx: Ctx, name: string, t: Ty): void {
    ctx.vars.set(name, this.grown(ctx.vars.get(name) ?? NOTHING, t));
  }

  private requireSafe(t: Ty, at: string, what: string): void {
    if (isSafe(t)) return;
    const which = t.root
      ? 'the root context'
      : t.values
        ? 'the whole .Values'
        : t.caps || t.apis
          ? '.Capabilities'
          : 'a dict holding the root context';
    throw new Refused(`${at}: ${which} may be ${what}`);
  }
}

function isNothing(t: Ty): boolean {
  return !t.safe && isSafe(t);
}

function isSafe(t: Ty): boolean {
  return !t.root && !t.values && !t.caps && !t.apis && !t.rec;
}

function join(a: Ty, b: Ty): Ty {
  const out: { -readonly [K in keyof Ty]: Ty[K] } = {};
  for (const k of ['safe', 'root', 'values', 'caps', 'apis'] as const) if (a[k] || b[k]) out[k] = true;
  if (a.rec || b.rec) {
    const rec = new Map<string, Ty>();
    for (const key of new Set([...(a.rec?.keys() ?? []), ...(b.rec?.keys() ?? [])])) {
      // A key one side lacks reads as nil there.
      const side = (r: ReadonlyMap<string, Ty> | undefined) => (r ? (r.get(key) ?? SAFE) : NOTHING);
      rec.set(key, join(side(a.rec), side(b.rec)));
    }
    out.rec = rec;
  }
  return out;
}

function same(a: Ty, b: Ty): boolean {
  for (const k of ['safe', 'root', 'values', 'caps', 'apis'] as const) if (!a[k] !== !b[k]) return false;
  if (!a.rec || !b.rec) return !a.rec === !b.rec;
  if (a.rec.size !== b.rec.size) return false;
  for (const [key, t] of a.rec) {
    const other = b.rec.get(key);
    if (!other || !same(t, other)) return false;
  }
  return true;
}

function depth(t: Ty): number {
  if (!t.rec) return 0;
  return 1 + Math.max(0, ...[...t.rec.values()].map(depth));
}
