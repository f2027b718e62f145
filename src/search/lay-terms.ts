/**
 * Lay words patients type, and the words a clinic's answers use for the same
 * thing. A feed switches them on with `"layTerms": true` (docs/feed.md); they
 * are added to its own `synonyms`, for the feed's language. Kept to plain
 * equivalents (no diagnosis, no advice): each group names one thing.
 */
const LAY_TERMS_BY_LANGUAGE: Record<string, string[][]> = {
  en: [
    ['tubes', 'fallopian tubes'],
    ['period', 'menstruation', 'menstrual cycle'],
    ['periods', 'menstruation', 'menstrual cycle'],
    ['period is late', 'late period', 'irregular periods', 'missed period'],
    ['old', 'older', 'age'],
    ['egg count', 'ovarian reserve', 'AMH'],
    ['egg supply', 'ovarian reserve'],
    ['miscarry', 'miscarriage'],
    ['lost the baby', 'miscarriage'],
    ['swimmers', 'sperm'],
    ['sperm test', 'semen analysis'],
    ['test tube baby', 'IVF'],
    ['womb', 'uterus'],
    ['trying for a baby', 'trying to conceive'],
    ['get pregnant', 'conceive'],
    ['drinking', 'alcohol'],
    ['therapy', 'counselling'],
  ],
  es: [
    ['trompas', 'trompas de falopio'],
    ['regla', 'menstruacion', 'ciclo menstrual'],
    ['periodo', 'menstruacion', 'ciclo menstrual'],
    ['reserva de ovulos', 'reserva ovarica', 'AMH'],
    ['perder el bebe', 'perdi el bebe', 'aborto espontaneo', 'perdida gestacional', 'perdida de embarazo'],
    ['perdida', 'aborto espontaneo', 'perdida gestacional', 'perdida de embarazo'],
    ['bebe probeta', 'FIV', 'fecundacion in vitro'],
    ['matriz', 'utero'],
    ['quedarme embarazada', 'concebir', 'embarazo'],
    ['espermas', 'espermatozoides', 'semen'],
  ],
};

/** Lay word groups by primary language subtag: a map, so no language tag from a feed reads an object's own properties. */
export const LAY_TERMS: ReadonlyMap<string, string[][]> = new Map(Object.entries(LAY_TERMS_BY_LANGUAGE));
