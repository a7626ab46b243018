export { findFreePort } from './free-port.js';
export { type PrismOptions, type PrismProcess, PrismStartError, prismBin, startPrism } from './prism.js';
export { findRedoclyConfig, loadSpecPaths, VENDORS, type Vendor } from './specs.js';
export {
  defaultReadyTimeoutMs,
  type Mocks,
  READY_TIMEOUT_ENV,
  type RunningMock,
  type StartMocksOptions,
  startMocks,
} from './start-mocks.js';
