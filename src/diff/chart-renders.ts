import type { HelmPort } from '../ports/helm.js';
import type { RepoFiles } from '../gitops/repo-files.js';
import { renderComponent, type ComponentRecipe, type ComponentRender } from './deep.js';
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
    const key = JSON.stringify([files.root, files.revision, canonicalJson(recipe), canonicalJson(options)]);
    let r = this.renders.get(key);
    if (!r) this.renders.set(key, (r = renderComponent(this.helm, files, recipe, options)));
    return r;
  }
}
