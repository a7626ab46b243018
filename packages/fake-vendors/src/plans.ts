/** Building blocks for fault plans: each returns a {@link FaultPlan}, and plans combine. */
import type { Endpoint, Fault, FaultContext, FaultPlan } from './types.js';

/** The first plan that chooses a fault wins; `undefined` from all means `ok`. */
export function combine(...plans: ReadonlyArray<FaultPlan | undefined>): FaultPlan {
  return (context) => {
    for (const plan of plans) {
      const fault = plan?.(context);
      if (fault) return fault;
    }
    return undefined;
  };
}

/** `faults` for a page's first, second… attempt, then the documented answer (a status sequence). */
export function attempts(...faults: Fault[]): FaultPlan {
  return ({ attempt }) => faults[attempt];
}

/** `plan`, only for requests to `endpoint` (or any of several). */
export function onEndpoint(endpoint: Endpoint | readonly Endpoint[], plan: FaultPlan): FaultPlan {
  const endpoints: readonly Endpoint[] = typeof endpoint === 'string' ? [endpoint] : endpoint;
  return (context) => (endpoints.includes(context.endpoint) ? plan(context) : undefined);
}

/** `plan`, only for page `page` of a listing. */
export function onPage(page: number, plan: FaultPlan): FaultPlan {
  return (context) => (context.page === page ? plan(context) : undefined);
}

/** `fault` for every request. */
export function always(fault: Fault): FaultPlan {
  return () => fault;
}

/** `plan`, only where `when` holds. */
export function when(predicate: (context: FaultContext) => boolean, plan: FaultPlan): FaultPlan {
  return (context) => (predicate(context) ? plan(context) : undefined);
}
