#!/usr/bin/env python3
"""Writes the import benchmark files: a Toggl-style detailed CSV of N rows and an mbox of M
messages (and the same messages as a Maildir). Random but repeatable; only made-up names.
Usage: bench/gen-imports.py DIR [--rows N] [--messages M]"""
import argparse, datetime, os, random

ap = argparse.ArgumentParser()
ap.add_argument("dir")
ap.add_argument("--rows", type=int, default=1_000_000)
ap.add_argument("--messages", type=int, default=20_000)
a = ap.parse_args()
os.makedirs(a.dir, exist_ok=True)
rnd = random.Random(7)
clients = [f"Kunde {i:02d} GmbH" for i in range(40)]
projects = ["Website", "Logo", "Beratung", "Kampagne", "Wartung", "Workshop"]
words = "Entwurf Abstimmung Korrektur Telefonat Konzept Recherche Umsetzung Review Layout Text".split()

with open(os.path.join(a.dir, "toggl.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("User,Email,Client,Project,Task,Description,Billable,Start date,Start time,"
            "End date,End time,Duration,Tags,Amount (EUR)\n")
    day = datetime.date(2016, 1, 1)
    per_day = max(1, a.rows // 3650)
    for i in range(a.rows):
        if i and i % per_day == 0:
            day += datetime.timedelta(days=1)
        start = rnd.randrange(7 * 60, 19 * 60)
        minutes = rnd.randrange(5, 240)
        end = min(start + minutes, 23 * 60 + 59)
        minutes = end - start
        c = rnd.choice(clients)
        desc = " ".join(rnd.sample(words, 2))
        if i % 50 == 0:
            desc = f'"{desc}, mit Komma"'
        d = day.isoformat()
        f.write(f"Mara Fuchs,mara@example.org,{c},{rnd.choice(projects)},,{desc},"
                f"{'Yes' if i % 7 else 'No'},{d},{start // 60:02d}:{start % 60:02d}:00,{d},"
                f"{end // 60:02d}:{end % 60:02d}:00,{minutes // 60:02d}:{minutes % 60:02d}:00,,"
                f"{minutes * 85 / 60:.2f}\n")

maildir = os.path.join(a.dir, "maildir")
for sub in ("cur", "new", "tmp"):
    os.makedirs(os.path.join(maildir, sub), exist_ok=True)
domains = [f"kunde{i:02d}.example" for i in range(40)] + ["news.example", "shop.example"]
start = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
with open(os.path.join(a.dir, "mail.mbox"), "w", encoding="utf-8", newline="\n") as mbox:
    for i in range(a.messages):
        when = start + datetime.timedelta(minutes=rnd.randrange(0, 60 * 24 * 600))
        other = f"person{rnd.randrange(5)}@{rnd.choice(domains)}"
        me = "mara@example.org"
        frm, to = (other, me) if i % 3 else (me, other)
        body = "\n".join(" ".join(rnd.choices(words, k=12)) for _ in range(rnd.randrange(3, 30)))
        msg = (f"From: {frm}\nTo: {to}\nDate: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
               f"Subject: {' '.join(rnd.sample(words, 3))}\nMessage-ID: <m{i}@example.org>\n"
               f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n")
        mbox.write(f"From {frm} {when.strftime('%a %b %d %H:%M:%S %Y')}\n{msg}\n")
        with open(os.path.join(maildir, "cur", f"{i:08d}.M{i}P1.bench:2,S"), "w") as m:
            m.write(msg)
