import type { HelmPort, TemplateRequest } from '../ports/helm.js';
import type { RepoFiles } from '../gitops/repo-files.js';
import {
  componentRendered,
  componentRequest,
  renderComponent,
  type ComponentRecipe,
  type ComponentRender,
} from './deep.js';
import { canonicalJson } from '../util/canonical-json.js';

export interface ChartRenderOptions {
  dependencyBuild: boolean;
  kubeVersion: string | null;
  apiVersions: string[];
}

/**
 * The in-repo chart renders of one run (a validate, or both sides of a diff), each chart rendered
 * once per recipe and tree: a nested app-of-apps level and the deep comparison that also needs its
 * render share one `helm template`.
 */
export class ChartRenders {
  private readonly renders = new Map<string, Promise<ComponentRender>>();

  constructor(private readonly helm: HelmPort) {}

  render(files: RepoFiles, recipe: ComponentRecipe, options: ChartRenderOptions): Promise<ComponentRender> {
    const key = renderKey(files, recipe, options);
    let r = this.renders.get(key);
    if (!r) this.renders.set(key, (r = renderComponent(this.helm, files, recipe, options)));
    return r;
  }

  /**
   * Starts the renders of these recipes not started yet, at once (helm renders several of one chart in
   * one process where that is exact); `render` of one of them then waits for its result. Recipes
   * that need more than one render (a dependency build, a refusal) are left to `render`.
   */
  async prefetch(
    files: RepoFiles,
    recipes: readonly ComponentRecipe[],
    options: ChartRenderOptions,
    concurrency: number,
  ): Promise<void> {
    const asked: { recipe: ComponentRecipe; request: TemplateRequest; settle: Settle }[] = [];
    for (const recipe of recipes) {
      const key = renderKey(files, recipe, options);
      const request = this.renders.has(key) ? null : componentRequest(files, recipe, options);
      if (!request) continue;
      let settle!: Settle;
      const pending = new Promise<ComponentRender>((resolve, reject) => (settle = { resolve, reject }));
      pending.catch(() => undefined);
      this.renders.set(key, pending);
      asked.push({ recipe, request, settle });
    }
    if (asked.length === 0) return;
    try {
      await this.helm.templateMany(
        asked.map((a) => a.request),
        concurrency,
        (i, r) => asked[i]!.settle.resolve(componentRendered(asked[i]!.recipe, r)),
      );
    } catch (e) {
      for (const a of asked) a.settle.reject(e);
      throw e;
    }
  }
}

interface Settle {
  resolve(r: ComponentRender): void;
  reject(e: unknown): void;
}

function renderKey(files: RepoFiles, recipe: ComponentRecipe, options: ChartRenderOptions): string {
  return JSON.stringify([files.root, files.revision, canonicalJson(recipe), canonicalJson(options)]);
}
