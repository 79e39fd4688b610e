/** The twelve factors of https://12factor.net, as rules and reports refer to them. */
export interface Factor {
  readonly id: FactorId;
  readonly number: number;
  readonly title: string;
  readonly summary: string;
  readonly url: string;
}

export type FactorId = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII' | 'VIII' | 'IX' | 'X' | 'XI' | 'XII';

const BASE = 'https://12factor.net';

function factor(id: FactorId, number: number, title: string, slug: string, summary: string): Factor {
  return { id, number, title, summary, url: `${BASE}/${slug}` };
}

export const FACTORS: readonly Factor[] = [
  factor('I', 1, 'Codebase', 'codebase', 'One codebase tracked in revision control, many deploys'),
  factor('II', 2, 'Dependencies', 'dependencies', 'Explicitly declare and isolate dependencies'),
  factor('III', 3, 'Config', 'config', 'Store config in the environment'),
  factor('IV', 4, 'Backing services', 'backing-services', 'Treat backing services as attached resources'),
  factor('V', 5, 'Build, release, run', 'build-release-run', 'Strictly separate build and run stages'),
  factor('VI', 6, 'Processes', 'processes', 'Execute the app as one or more stateless processes'),
  factor('VII', 7, 'Port binding', 'port-binding', 'Export services via port binding'),
  factor('VIII', 8, 'Concurrency', 'concurrency', 'Scale out via the process model'),
  factor('IX', 9, 'Disposability', 'disposability', 'Maximize robustness with fast startup and graceful shutdown'),
  factor('X', 10, 'Dev/prod parity', 'dev-prod-parity', 'Keep development, staging, and production as similar as possible'),
  factor('XI', 11, 'Logs', 'logs', 'Treat logs as event streams'),
  factor('XII', 12, 'Admin processes', 'admin-processes', 'Run admin/management tasks as one-off processes'),
];

const BY_ID = new Map<string, Factor>(FACTORS.map((f) => [f.id, f]));

export function getFactor(id: FactorId): Factor {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Unknown factor ${id}`);
  return found;
}

export function isFactorId(value: string): value is FactorId {
  return BY_ID.has(value);
}

/** "III Config": how the README, the docs and the audit name a factor. */
export function formatFactor(id: FactorId): string {
  return `${id} ${getFactor(id).title}`;
}
