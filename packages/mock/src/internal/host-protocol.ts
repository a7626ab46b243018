/** What the parent passes the Prism host (as JSON, its only argument). */
export interface HostConfig {
  host: string;
  errors: boolean;
  dynamic: boolean;
  /** One Prism server each; port 0 lets the OS pick a free port. */
  specs: Array<{ path: string; port: number }>;
}

/** A line the Prism host writes on stdout, as JSON; `spec` is the index into `HostConfig.specs`. */
export type HostMessage =
  | { type: 'output'; spec: number; line: string }
  | { type: 'ready'; spec: number; port: number }
  | { type: 'failed'; spec: number; message: string };
