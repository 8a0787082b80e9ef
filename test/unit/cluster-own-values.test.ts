import { describe, expect, it } from 'vitest';
import { isOwnValueFile } from '../../src/gitops/cluster-own-values.js';

describe("a cluster's own value file", () => {
  const own = (entry: string) => isOwnValueFile(entry, ['prod-eu1', 'prod']);

  it('by its file name (values.<cluster>.yaml, values-<env>.yaml)', () => {
    expect(['values.prod-eu1.yaml', 'values-prod.yaml', '/charts/aoa/values.prod-eu1.yaml'].map(own)).toEqual(
      [true, true, true],
    );
  });

  it('by a directory named for the cluster or its environment, $ref/… included', () => {
    expect(
      [
        '$values/environments/prod/apps.yaml',
        '$values/clusters/prod-eu1/values.yaml',
        'envs/prod/values.yaml',
        '/clusters/prod-eu1/apps/values.yaml',
      ].map(own),
    ).toEqual([true, true, true, true]);
  });

  it('not by shared files, other clusters, a $ref named like the cluster, or a directory that only contains the name', () => {
    expect(
      [
        'values.common.yaml',
        '$values/environments/common/apps.yaml',
        '$values/environments/staging/apps.yaml',
        '$prod/environments/apps.yaml',
        'production-like/values.yaml',
        'prod-eu2/values.yaml',
        '',
      ].map(own),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});
