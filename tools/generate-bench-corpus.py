#!/usr/bin/env python3
"""Writes a large synthetic corpus of invented wire-style articles about security meetings.

Deterministic: the same --seed and --count give byte-identical files. Every sentence is
invented; the place names are real capitals and large cities (public facts), so the
extractor's gazetteer recognises them. Each invented gathering is reported by one to three
articles (an announcement before it, a report after it, a recollection months later), so
ingest also exercises merging. About one article in ten is an HTML page, one in twenty is
about no meeting at all.

--length news (the default) writes stories as long as wire copy is: besides the lead and the
agenda, quotes, background with years and countries, figures, unrelated items and the web
debris around a story (related links, share lines, an editor's credit; menus on HTML pages),
for a median near 2 KB like the annotated articles. --length short writes the lead, agenda and
a few plain sentences only (a median near 1 KB), as the first version of this generator did.

Usage: tools/generate-bench-corpus.py OUT_DIR [--count 20000] [--seed 7] [--length news|short]
"""
import argparse
import datetime
import os
import random

PLACES = [
    ("CN", "China", "Chinese", ["Beijing", "Kunming", "Shanghai", "Nanning", "Guangzhou"]),
    ("VN", "Vietnam", "Vietnamese", ["Hanoi", "Ho Chi Minh City", "Da Nang"]),
    ("LA", "Laos", "Lao", ["Vientiane", "Luang Prabang"]),
    ("KH", "Cambodia", "Cambodian", ["Phnom Penh", "Siem Reap"]),
    ("TH", "Thailand", "Thai", ["Bangkok", "Chiang Mai"]),
    ("MM", "Myanmar", "Myanmar", ["Yangon", "Mandalay"]),
    ("MY", "Malaysia", "Malaysian", ["Kuala Lumpur", "Penang"]),
    ("ID", "Indonesia", "Indonesian", ["Jakarta", "Surabaya"]),
    ("PH", "the Philippines", "Philippine", ["Manila", "Cebu"]),
    ("SG", "Singapore", "Singaporean", ["Singapore"]),
    ("BN", "Brunei", "Bruneian", ["Bandar Seri Begawan"]),
    ("JP", "Japan", "Japanese", ["Tokyo", "Osaka"]),
    ("KR", "South Korea", "South Korean", ["Seoul", "Busan"]),
    ("IN", "India", "Indian", ["New Delhi", "Mumbai"]),
    ("AU", "Australia", "Australian", ["Canberra", "Sydney"]),
]
KINDS = [
    ("meeting", "Ministerial Meeting on Law Enforcement Cooperation"),
    ("dialogue", "Security Dialogue"),
    ("talks", "talks on police cooperation"),
    ("consultation", "Consultation on Transnational Crime"),
    ("conference", "Conference of Police Chiefs"),
    ("workshop", "Workshop on Countering Drug Trafficking"),
    ("seminar", "Seminar on Cyber Crime"),
    ("forum", "Forum on Border Security"),
]
TOPICS = [
    "drug trafficking", "human trafficking", "telecom fraud", "terrorism", "cyber crime",
    "money laundering", "illegal gambling", "wildlife trafficking", "maritime security", "border security",
]
OUTLETS = ["Regional Wire", "Asia Desk", "Mekong Post", "Harbour Times"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
FILLER = [
    "Officials said the two sides had made steady progress since the mechanism was set up.",
    "The delegations reviewed the results of joint operations carried out over the past year.",
    "Participants agreed to share intelligence more quickly and to train more investigators together.",
    "A senior official told reporters that cooperation had helped dismantle several criminal networks.",
    "The ministers also discussed how to return suspects who flee across the border.",
    "Observers said the talks reflected growing concern over crime that crosses national borders.",
    "The host country thanked its neighbours for their support during the preparations.",
    "Experts from several universities presented research on emerging criminal methods.",
]
UNRELATED = [
    "Farmers in the province expect a good harvest after steady rains this season.",
    "The new railway line is scheduled to open to passengers at the end of the year.",
    "Tourist arrivals rose by more than ten percent compared with the same period last year.",
    "The city council approved a plan to expand the public library and two parks.",
]

# Material for stories of news length ("--length news").
PEOPLE = [
    "Nguyen Van Minh", "Somsak Chaiyaporn", "Li Jianguo", "Ahmad Faizal", "Maria Reyes",
    "Kim Soo-hyun", "Sok Vannak", "Aung Min Thu", "Bounmy Phommachanh", "Rina Sulistyo",
]
POSTS = ["a deputy minister", "the head of the criminal police", "a senior border official",
         "the director of the anti-narcotics bureau", "a spokesman for the ministry"]
QUOTES = [
    "Criminal groups do not stop at our borders, and our response cannot stop there either",
    "We agreed to answer each other's requests for information within days, not months",
    "No country can fight these networks alone",
    "The results of last year show what joint work can achieve",
    "Our officers now know their counterparts by name, and that makes a difference",
    "We will not allow our territory to be used as a base for crime against our neighbours",
]
FIGURES = [
    "Police in {country} arrested {n} suspects in {topic} cases in {year}, according to official figures.",
    "Courts in {country} handled {n} {topic} cases last year, up from {m} the year before.",
    "Officials estimate that {topic} networks in the region move more than {n} million dollars a year.",
]
BACKGROUND = [
    "{a} and {b} set up a hotline between their border police in {year}.",
    "Since {year}, police liaison officers from {a} have been posted in {b}.",
    "Cooperation between {a} and {b} on {topic} dates back to an agreement reached in {year}.",
]
RELATED = [
    "Related: Police break up online fraud ring in the capital",
    "Related: Customs officers seize record haul at the border",
    "Related: New rules for foreign workers take effect next month",
    "Related: Court jails gang members for trafficking",
]
DEBRIS = ["Share this article", "Print", "Follow us on social media", "Back to top"]
MENU = ["Home", "World", "Asia", "Business", "Sport", "Opinion", "Video", "Contact"]


def day_words(day):
    return f"{MONTHS[day.month - 1]} {day.day}"


def gathering(rng, index):
    host = rng.choice(PLACES)
    city = rng.choice(host[3])
    others = rng.sample([p for p in PLACES if p is not host], rng.randint(1, 5))
    kind, title = rng.choice(KINDS)
    start = datetime.date(2005, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 19))
    length = rng.choice([1, 1, 2, 2, 3])
    return {
        "host": host, "city": city, "others": others, "kind": kind,
        "title": f"{ORDINALS[index % 10]} {title}", "start": start,
        "end": start + datetime.timedelta(days=length - 1), "length": length,
        "topics": rng.sample(TOPICS, rng.randint(1, 3)),
    }


def names(parties):
    words = [p[1] for p in parties]
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]


def lead(g, role, published):
    host, city = g["host"], g["city"]
    parties = names([host] + g["others"])
    dates = day_words(g["start"]) if g["length"] == 1 else f"{day_words(g['start'])} to {g['end'].day}"
    if role == "announce":
        return (f"Officials from {parties} will gather in {city} from {dates} for the {g['title']}, "
                f"the {host[2]} Ministry of Public Security said on {day_words(published)}.")
    if role == "report":
        return (f"The {g['title']} opened in {city}, {host[1]}, on {day_words(g['start'])}, bringing together "
                f"delegations from {parties}. The {g['length']}-day {g['kind']} focused on "
                f"{' and '.join(g['topics'])}.")
    return (f"Police from {parties} have stepped up joint work since the {g['title']} held in {city} "
            f"in {MONTHS[g['start'].month - 1].rstrip('.')} {g['start'].year}, officials said.")


def news_extras(rng, g, published):
    """Paragraphs that make a report as long as wire copy: quotes, background, figures."""
    parties = [g["host"]] + g["others"]
    out = []
    for _ in range(rng.randint(2, 4)):
        speaker = rng.choice(PEOPLE)
        out.append(f"\"{rng.choice(QUOTES)},\" said {speaker}, {rng.choice(POSTS)} of {rng.choice(parties)[1]}.")
    for _ in range(rng.randint(1, 2)):
        a, b = rng.sample(parties, 2) if len(parties) > 1 else (parties[0], parties[0])
        out.append(rng.choice(BACKGROUND).format(
            a=a[1].capitalize(), b=b[1], year=published.year - rng.randint(3, 12), topic=rng.choice(g["topics"])))
    for _ in range(rng.randint(1, 2)):
        n = rng.randint(120, 4000)
        out.append(rng.choice(FIGURES).format(
            country=rng.choice(parties)[1], n=n, m=n - rng.randint(10, 100), topic=rng.choice(g["topics"]),
            year=published.year - 1))
    rng.shuffle(out)
    return out


def debris(rng):
    """Lines a page prints around a story: related links, share buttons, the editor."""
    return (rng.sample(RELATED, rng.randint(1, 3)) + rng.sample(DEBRIS, rng.randint(1, 2))
            + [f"Editor: {rng.choice(PEOPLE)}"])


def article(rng, g, role, length):
    if role == "announce":
        published = g["start"] - datetime.timedelta(days=rng.randint(1, 10))
    elif role == "report":
        published = g["end"] + datetime.timedelta(days=rng.randint(0, 2))
    else:
        published = g["end"] + datetime.timedelta(days=rng.randint(60, 400))
    outlet = rng.choice(OUTLETS)
    dateline = f"{g['host'][3][0].upper()}, {day_words(published)} ({outlet}) -- "
    body = [dateline + lead(g, role, published)]
    body += [f"The agenda included {t}." for t in g["topics"]]
    body += rng.sample(FILLER, rng.randint(3, 7))
    if length == "news":
        body += news_extras(rng, g, published)
    body += rng.sample(UNRELATED, rng.randint(0, 2))
    if length == "news":
        body += debris(rng)
    title = f"{g['host'][1].capitalize()} hosts {g['kind']} on {g['topics'][0]}"
    return title, published, outlet, body


def unrelated(rng, index, length):
    published = datetime.date(2005, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 19))
    body = rng.sample(UNRELATED, 3) + [f"Report number {index} was filed by the local desk."]
    if length == "news":
        body += debris(rng)
    return "Local news", published, rng.choice(OUTLETS), body


def render(title, published, outlet, body, html, length):
    stamp = f"Updated: {published.isoformat()}"
    if not html:
        return f"{title}\n{stamp}\n\n" + "\n\n".join(body) + f"\n\n({outlet})\n"
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body)
    links = "<a href=\"/\">Home</a> | <a href=\"/world\">World</a>"
    if length == "news":
        links = " | ".join(f"<a href=\"/{word.lower()}\">{word}</a>" for word in MENU)
    return (f"<!DOCTYPE html>\n<html><head><title>{title}</title></head><body>\n"
            f"<nav>{links}</nav>\n<h1>{title}</h1>\n"
            f"<div class=\"byline\">{stamp}</div>\n<article>\n{paragraphs}</article>\n"
            f"<footer>Share this story</footer></body></html>\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--length", choices=["news", "short"], default="news")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    written = 0
    index = 0
    while written < a.count:
        folder = os.path.join(a.out, f"{written // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        if rng.random() < 0.05:
            pieces = [unrelated(rng, index, a.length)]
        else:
            g = gathering(rng, index)
            roles = ["report"] + [r for r in ("announce", "recall") if rng.random() < 0.4]
            pieces = [article(rng, g, role, a.length) for role in roles]
        for title, published, outlet, body in pieces:
            if written >= a.count:
                break
            html = rng.random() < 0.1
            name = os.path.join(folder, f"article-{written:06d}.{'html' if html else 'txt'}")
            with open(name, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(render(title, published, outlet, body, html, a.length))
            written += 1
        index += 1


if __name__ == "__main__":
    main()
