# Parses an iCalendar invitation (stdin) with python3-icalendar and prints what a calendar reads, as JSON.
import json
import sys

import icalendar

cal = icalendar.Calendar.from_ical(sys.stdin.read())
events = [c for c in cal.walk() if c.name == "VEVENT"]
out = {"method": str(cal.get("METHOD")), "events": []}
for e in events:
    attendees = e.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees] if attendees else []
    out["events"].append(
        {
            "uid": str(e.get("UID")),
            "sequence": int(e.get("SEQUENCE")),
            "dtstart": e.decoded("DTSTART").isoformat(),
            "dtend": e.decoded("DTEND").isoformat() if e.get("DTEND") else None,
            "location": str(e.get("LOCATION")),
            "description": str(e.get("DESCRIPTION")),
            "organizer": str(e.get("ORGANIZER")).lower(),
            "organizerName": str(e.get("ORGANIZER").params.get("CN", "")),
            "attendees": [str(a).lower() for a in attendees],
        }
    )
print(json.dumps(out))
