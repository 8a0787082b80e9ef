import { clusterRecipe } from '../gitops/cluster-values.js';
import { externalValueFiles } from '../gitops/render-recipe.js';
import type { Cluster } from '../gitops/topology.js';
import type { Tree } from './diff-trees.js';

/** What a changed cluster's comparison leaves out, said as the cluster's errors. */

/**
 * A changed cluster's value files outside this repository, at either ref: both renders are without
 * them (they are not read offline), so what they set is not compared. Each said once.
 */
export function outsideValueFiles(...sides: [Tree, Cluster | undefined][]): string[] {
  const said = sides.flatMap(([tree, c]) =>
    c
      ? externalValueFiles(clusterRecipe(tree.files, c)).map(
          (v) => `${c.application.name}: value file ${v.entry} is outside this repository`,
        )
      : [],
  );
  return [...new Set(said)];
}

/** The documents of a changed cluster's output that could not be read, at base or head: not compared. */
export function unreadableDocuments(base: readonly string[] = [], head: readonly string[] = []): string[] {
  return [
    ...base.map((d) => `${d} at base: not compared: helm rendered a document that cannot be read`),
    ...head.map((d) => `${d} at head: not compared: helm rendered a document that cannot be read`),
  ];
}
