/** The few parts of frictionlessdata's datapackage-js (no types of its own) the tests use. */
declare module 'datapackage' {
  interface Resource {
    readonly name: string;
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: object | string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly profile: { name: string };
  }
}
