/** The results heading of the supplier list: skip link target, and where "apply" moves focus. */
export const RESULTS_HEADING_ID = "results-heading";
