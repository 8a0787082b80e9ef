export interface FleetCluster {
  name: string;
  env: string;
  revision: string;
}
export interface FleetComponent {
  key: string;
  name: string;
}
export interface FleetLayout {
  clusters: FleetCluster[];
  components: FleetComponent[];
}
export declare function fleetLayout(clusters: number, components: number): FleetLayout;
export declare function generateRepo(
  dir: string,
  size: { clusters: number; components: number },
): FleetLayout;
export declare function componentValues(comp: FleetComponent, index: number, tag?: string): string;
export declare const EDITS: {
  baseValues(dir: string): void;
  clusterValues(dir: string, layout: FleetLayout, cluster: string): void;
  componentBump(dir: string, layout: FleetLayout): void;
};
