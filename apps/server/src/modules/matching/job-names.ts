/** Job names the matching services enqueue; the definitions in jobs/definitions/ use the same names. */
export const MATCH_RUN_JOB = "matching-run";
export const RECOMMEND_JOB = "matching-recommend";
export const OFFER_WATCH_JOB = "matching-offer-watch";
