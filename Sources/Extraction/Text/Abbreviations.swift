/// Words that end in a full stop without ending a sentence, lower-cased, without the stop.
enum Abbreviations {
    /// Always followed by more of the same sentence: titles, ranks, months, `No.` before a
    /// number, `St.`.
    static let continuing: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "comr", "sgt", "cpl",
        "adm", "brig", "sr", "st", "mt", "ft", "gov", "sen", "rep", "pres", "amb", "supt", "insp", "rev",
        "hon", "messrs", "lt.-gen", "lt.-col", "maj.-gen", "pol", "vol", "art", "sec", "para", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "approx",
        "e.g", "i.e", "cf", "al", "dept", "govt", "univ", "assn", "est", "ave", "blvd", "rd",
    ]
    /// Continuing only before a number (`No. 2`, `Nos. 3`, `p. 12`).
    static let beforeNumber: Set<String> = ["no", "nos", "p", "pp", "tel"]
    /// Often inside a sentence but able to end one (`at 4 p.m.`, `the U.S.`): a sentence
    /// ends after them only when a typical sentence opener follows.
    static let mayEnd: Set<String> = [
        "a.m", "p.m", "u.s", "u.k", "u.n", "u.s.a", "etc", "inc", "ltd", "co", "corp", "jr", "bros", "d.c",
        "p.r.c", "e.u",
    ]
    /// Words that typically open a sentence, for the `mayEnd` abbreviations.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
        "his", "her", "its", "their", "our", "in", "on", "at", "but", "and", "however", "meanwhile",
        "according", "after", "before", "while", "when", "there", "also", "as", "if", "under", "during",
        "earlier", "later", "last", "since", "some", "many", "both", "all", "other", "such", "police",
        "officials", "authorities",
    ]
}
