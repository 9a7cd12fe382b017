#!/usr/bin/env python3
"""Writes a large synthetic corpus of invented wire-style articles about security meetings.

Deterministic: the same --seed and --count give byte-identical files. Every sentence is
invented; the place names are real capitals and large cities (public facts), so the
extractor's gazetteer recognises them. Each invented gathering is reported by one to three
articles (an announcement before it, a report after it, a recollection months later), so
ingest also exercises merging. About one article in ten is an HTML page, one in twenty is
about no meeting at all.

Usage: tools/generate-bench-corpus.py OUT_DIR [--count 20000] [--seed 7]
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


def article(rng, g, role):
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
    body += rng.sample(UNRELATED, rng.randint(0, 2))
    title = f"{g['host'][1].capitalize()} hosts {g['kind']} on {g['topics'][0]}"
    return title, published, outlet, body


def unrelated(rng, index):
    published = datetime.date(2005, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 19))
    body = rng.sample(UNRELATED, 3) + [f"Report number {index} was filed by the local desk."]
    return "Local news", published, rng.choice(OUTLETS), body


def render(title, published, outlet, body, html):
    stamp = f"Updated: {published.isoformat()}"
    if not html:
        return f"{title}\n{stamp}\n\n" + "\n\n".join(body) + f"\n\n({outlet})\n"
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body)
    return (f"<!DOCTYPE html>\n<html><head><title>{title}</title></head><body>\n"
            f"<nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>\n<h1>{title}</h1>\n"
            f"<div class=\"byline\">{stamp}</div>\n<article>\n{paragraphs}</article>\n"
            f"<footer>Share this story</footer></body></html>\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    written = 0
    index = 0
    while written < a.count:
        folder = os.path.join(a.out, f"{written // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        if rng.random() < 0.05:
            pieces = [unrelated(rng, index)]
        else:
            g = gathering(rng, index)
            roles = ["report"] + [r for r in ("announce", "recall") if rng.random() < 0.4]
            pieces = [article(rng, g, role) for role in roles]
        for title, published, outlet, body in pieces:
            if written >= a.count:
                break
            html = rng.random() < 0.1
            name = os.path.join(folder, f"article-{written:06d}.{'html' if html else 'txt'}")
            with open(name, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(render(title, published, outlet, body, html))
            written += 1
        index += 1


if __name__ == "__main__":
    main()
