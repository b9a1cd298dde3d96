#!/usr/bin/env python3
"""Writes the small demo event file shipped in the workbench product (features/org.carelens.ui.feature/
rootfiles/samples/demo-events.jsonl): two weeks of a Vietnamese retailer's contacts on every channel,
seeded so that the file is the same on every run. The last lines are broken on purpose, one per kind
of mistake, so that the Event Files view shows how rejected lines are reported.

    python3 releng/demo/make-demo-events.py > features/org.carelens.ui.feature/rootfiles/samples/demo-events.jsonl
"""
import json
import random
from datetime import datetime, timedelta, timezone

rng = random.Random(20260210)
VN = timezone(timedelta(hours=7))
START = datetime(2026, 3, 2, tzinfo=VN)  # a Monday
CHANNELS = [("VOICE", "hotline-1900", 0.30), ("CHAT", "webchat", 0.22), ("EMAIL", "cskh-email", 0.12),
            ("SOCIAL", "zalo-oa-shop", 0.18), ("SOCIAL", "fb-messenger", 0.08), ("APP", "app-chat", 0.07),
            ("IN_PERSON", "store-q1", 0.03)]
TOPICS = ["warranty", "repair", "payment", "delivery", "installation", "product_info", "complaint"]
TEAMS = {"t-hn-voice": "HN", "t-hcm-voice": "HCM", "t-hcm-digital": "HCM", "t-dn-digital": "DN"}
AGENTS = {t: [f"{t[2:].split('-')[0]}-{n}" for n in ("lan", "minh", "hoa", "tuan", "thu", "quang")] for t in TEAMS}

events = []
seq = 0


def emit(event_type, at, **fields):
    global seq
    seq += 1
    record = {"id": f"demo-{seq:06d}", "type": event_type, "at": at.isoformat(timespec="seconds")}
    record.update({k: v for k, v in fields.items() if v is not None})
    events.append((at, record))


for n in range(640):
    day = rng.randrange(14)
    hour = rng.choices(range(8, 22), weights=[3, 6, 8, 7, 4, 5, 7, 8, 6, 5, 4, 3, 2, 1])[0]
    opened = START + timedelta(days=day, hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))
    channel, instance, _ = rng.choices(CHANNELS, weights=[c[2] for c in CHANNELS])[0]
    conv = f"c-{n:05d}"
    customer = f"cu-{rng.randrange(420):04d}"
    team = rng.choice(["t-hn-voice", "t-hcm-voice"]) if channel == "VOICE" else rng.choice(["t-hcm-digital", "t-dn-digital"])
    agent = rng.choice(AGENTS[team])
    topic = rng.choice(TOPICS)
    emit("conversation.opened", opened, conversation=conv, customer=customer, channel=channel,
         channel_instance=instance, priority=rng.choice(["low", "normal", "normal", "high"]),
         stage=rng.choice(["pre_sale", "sale", "after_sale", "after_sale"]), topic=topic, team=team)
    t = opened
    if channel == "VOICE":
        emit("queue.entered", t, conversation=conv, queue="q-" + team)
        wait = rng.expovariate(1 / 25)
        t += timedelta(seconds=wait)
        if rng.random() < 0.06:
            emit("queue.abandoned", t, conversation=conv)
            continue
        emit("queue.answered", t, conversation=conv, agent=agent, team=team)
        talk = round(rng.uniform(60, 480))
        t += timedelta(seconds=talk)
        emit("handle", t, conversation=conv, agent=agent, talk_s=talk, hold_s=round(rng.uniform(0, 60)),
             wrap_s=round(rng.uniform(10, 90)))
    else:
        if channel in ("CHAT", "SOCIAL", "APP") and rng.random() < 0.5:
            emit("message", t, conversation=conv, author="bot")
            t += timedelta(seconds=rng.uniform(20, 90))
            emit("bot.handoff", t, conversation=conv)
        emit("message", t, conversation=conv, author="customer")
        emit("assigned", t + timedelta(seconds=5), conversation=conv, agent=agent, team=team)
        scale = {"EMAIL": 4 * 3600, "SOCIAL": 600, "CHAT": 90, "APP": 300, "IN_PERSON": 120}[channel]
        for _ in range(rng.randint(1, 4)):
            t += timedelta(seconds=rng.expovariate(1 / scale))
            emit("message", t, conversation=conv, author="agent", agent=agent)
            if rng.random() < 0.15:
                emit("message", t + timedelta(seconds=30), conversation=conv, author="agent", agent=agent,
                     public=False)
            t += timedelta(seconds=rng.expovariate(1 / (scale * 2)))
            emit("message", t, conversation=conv, author="customer")
        if rng.random() < 0.07:
            emit("escalated", t, conversation=conv, team="t-hcm-tier2", tier="2")
    if rng.random() < 0.9:
        t += timedelta(minutes=rng.uniform(1, 30))
        emit("resolved", t, conversation=conv, agent=agent)
        if rng.random() < 0.05:
            emit("reopened", t + timedelta(hours=rng.uniform(2, 30)), conversation=conv)
        elif rng.random() < 0.35:
            sent = t + timedelta(minutes=10 if channel != "EMAIL" else 24 * 60)
            emit("survey.sent", sent, conversation=conv, survey="csat-2026", kind="csat")
            if rng.random() < 0.45:
                score = rng.choices([1, 2, 3, 4, 5], weights=[4, 5, 10, 35, 46])[0]
                emit("survey.response", sent + timedelta(minutes=rng.uniform(2, 300)), conversation=conv,
                     survey="csat-2026", kind="csat", score=score,
                     comment=rng.choice([None, None, "Nhân viên nhiệt tình", "Chờ hơi lâu", "Rất hài lòng"]))
    if rng.random() < 0.04:
        emit("qa.review", t + timedelta(days=1), conversation=conv, scorecard="qa-2026",
             score=round(rng.uniform(55, 100), 1), reviewer="sup-hcm-1")
    if rng.random() < 0.2:
        emit("order", t + timedelta(hours=rng.uniform(1, 48)), customer=customer,
             amount=rng.choice([199000, 450000, 1290000, 3490000]), currency="VND")

events.sort(key=lambda e: e[0])
for _, record in events:
    print(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
# one line per kind of mistake, each rejected with its reason
print('{"id":"demo-bad-1","type":"conversation.opened","at":"2026-03-15T09:00:00+07:00","conversation":"c-bad-1","channel":"CHAT"}')
print('{"id":"demo-bad-2","type":"survey.response","at":"2026-03-15T09:05:00+07:00","conversation":"c-00001","survey":"csat-2026","kind":"csat","score":9}')
print('{"id":"demo-bad-3","type":"message","at":"15/03/2026 09:10","conversation":"c-00001","author":"agent"')
