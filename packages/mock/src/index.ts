export { findFreePort } from './free-port.js';
export {
  type PrismHost,
  type PrismHostOptions,
  type PrismOptions,
  type PrismProcess,
  type PrismServerResult,
  PrismStartError,
  prismBin,
  startPrism,
  startPrismHost,
} from './prism.js';
export { findRedoclyConfig, loadSpecPaths, VENDORS, type Vendor } from './specs.js';
export {
  defaultReadyTimeoutMs,
  type Mocks,
  READY_TIMEOUT_ENV,
  type RunningMock,
  type StartMocksOptions,
  startMocks,
} from './start-mocks.js';
