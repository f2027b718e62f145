/** Constants of query analysis that the build shares (relatives are listed at build time). */
/** Stems longer than this have relatives ("diagnos", "diagnosi"); how closely a relative matches. */
export const FAMILY_STEM = 5;
export const FAMILY_CLOSENESS = 0.8;
