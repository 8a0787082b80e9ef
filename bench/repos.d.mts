import type { FleetLayout } from './gen-repo.mjs';
export interface BenchHome {
  home: string;
  env: NodeJS.ProcessEnv;
}
export declare function fleetRepo(
  box: BenchHome,
  clusters: number,
  components: number,
): { dir: string; layout: FleetLayout; one: string };
export declare function seedRepo(box: BenchHome): { dir: string };
