/// The help texts. Tests compare them verbatim, so a change here is a deliberate change.
enum HelpText {
    static let version = "opstap 0.1.0"

    static let main = """
    opstap: matching clients on welfare to work and participation (Participatiewet).

    Usage: opstap <command> [options]

    Commands:
      shortlist   the best candidates for each opening, with reasons
      steps       the next steps up the participatieladder for each client
      explain     why one client and one opening do or do not fit
      scores      every eligible pair with its score, for export and audit
      assign      fill openings' seats: the best total score, exactly, or stable
      market      plan a vacaturemarkt or vrijwilligersmarkt: invitations, routes
      outcomes    what followed a market: conversion per stand, kind, placeability
      validate    check a dataset strictly and print a summary with warnings
      generate    make the sample region or a national pool from a seed

    Options:
      -h, --help  show help (also: opstap <command> --help)
      --version   show the version

    Exit codes: 0 ok, 64 usage error, 65 bad input data, 66 input file missing,
    70 internal error, 73 output cannot be created, 74 I/O error.
    Documentation: docs/ in the repository (start with docs/data-formats.md).

    """

    static let dataOptions = """
      --data DIR          dataset folder: clients, openings and groups files
                          (.csv or .jsonl) and an optional taxonomy/ folder
      --clients FILE      clients file (overrides the one in --data)
      --openings FILE     openings file; repeat to read several
      --groups FILE       groups file (audit only; never used for matching)
      --taxonomy DIR      folder with competences.csv and tags.csv
                          (default: the taxonomy built into opstap)
      --delimiter SEP     CSV separator ';', ',' or tab (default: from the header)
      --drop-unknown      ignore unknown columns and list them, instead of refusing
      --policy FILE       matching policy (default: policy.json in --data, else
                          the policy built into opstap)
    """

    static let outputOptions = outputOptions(formats: "csv, jsonl, text or html", default: "text")

    /// The output options; `formats` must be what `MatchOptions.formats` accepts (a test checks).
    static func outputOptions(formats: String, default fallback: String) -> String {
        """
      --format F          \(formats) (default: from the --out
                          extension, else \(fallback))
      --out FILE          write to FILE (atomically) instead of stdout
      --lang nl|en        language of explanations (default: nl)
      --date YYYY-MM-DD   reference date for validity and code 95 (default: today)
      --csv-dialect D     excel_nl (';', BOM, CRLF, decimal comma; default) or rfc
      --provenance        add the policy, its SHA-256 and the date as a first
                          record (jsonl) or a file OUT.provenance.jsonl (csv)
    """
    }

    static let shortlist = """
    Usage: opstap shortlist --data DIR [--opening ID ... | --kind K ...] [options]

    For every opening (or the ones named), the top candidates by score, each with
    the reasons. Only eligible clients are listed: every hard rule is met. Ties go
    to the lower client id. Openings past their date are left out of a full list.

    Options:
    \(dataOptions)
    \(outputOptions)
      --opening ID        only this opening (repeatable)
      --kind K            only openings of this kind (repeatable): vacancy,
                          driver_slot, social_return, volunteer
      --top N             candidates per opening (default: 10)
      --near-misses       also list up to N candidates who fail exactly one rule
      --max-per-client K  no client on more than K lists; the lists' total score
                          is the best possible under that cap (exact b-matching).
                          Prints distinct clients and Gini, capped and uncapped
      --reserved FILE     client_id, opening_id, status (in_bemiddeling, placed):
                          placed clients are left out; clients in mediation only
                          appear for their own opening
      -h, --help          show this help

    """

    static let assign = """
    Usage: opstap assign --data DIR [--kind K ...] [options]

    Gives each client at most --per-client openings and each opening at most its
    capacity, only eligible pairs, so that the total score is the highest possible
    (exact: min-cost flow). --objective stable gives a stable matching instead:
    no client and opening both prefer each other to what they got. Reports the
    assignments with reasons, seats left, clients without an opening and why,
    and for social return the value per contract (bouwblokken table in the policy).

    Options:
    \(dataOptions)
    \(outputOptions)
                          csv/jsonl with --out FOLDER: assignments, openings,
                          unassigned (and contracts) tables in FOLDER
      --kind K            only openings of this kind (repeatable)
      --per-client N      openings per client (default: 1)
      --min-score S       only pairs scoring at least S (default: the policy's)
      --objective O       max_total (default) or stable
      --candidates M      only each opening's best M candidates (large pools)
      --reserved FILE     as for shortlist; placed clients take a seat
      -h, --help          show this help

    """

    static let market = """
    Usage: opstap market --data DIR --stands FILE --out FOLDER [options]

    Plans a vacaturemarkt or vrijwilligersmarkt: whom to invite and which stands
    each invitee visits, so that the total score is highest with no stand getting
    more visitors than it has conversations. Reports the gap to an upper bound.
    Writes invitations.csv, route_cards.html (one printable A4 card per client,
    written to the client), stands.html, stands.txt and summary.txt to FOLDER.
    When and where come from market.json beside the stands file (name, date,
    time, place), if there is one; the --market-* options override it.

    Options:
    \(dataOptions)
      --stands FILE       stand_id, organisation, opening_ids (|), conversations
      --market-date DAY   the day of the market (YYYY-MM-DD), on every card
      --market-time T     opening hours (HH:MM-HH:MM), on every card
      --market-place TEXT building and address, on every card
      --invite N          clients to invite (default: 150)
      --route R           stands per client (default: 3)
      --reserved FILE     as for shortlist
      --out FOLDER        folder to write to (required; created when missing)
      --lang nl|en        language of the cards and reports (default: nl)
      --date YYYY-MM-DD   reference date (default: today)
      --csv-dialect D     dialect of invitations.csv (default: excel_nl)
      -h, --help          show this help

    """

    static let outcomes = """
    Usage: opstap outcomes --data DIR --stands FILE --invitations FILE
                           --outcomes FILE [options]

    Joins the invitations that market wrote with the outcomes recorded after the
    market (client_id, stand_id or opening_id, outcome: none, interested,
    appointment, started) and reports conversion per stand, per kind of opening
    and per placeability. A visit without a recorded outcome is unknown, not a
    failure: percentages are of the recorded visits.

    Options:
    \(dataOptions)
      --stands FILE       the stands file of the market
      --invitations FILE  invitations.csv from market
      --outcomes FILE     the outcomes recorded
      --format text|html  (default: from the --out extension, else text)
      --out FILE          write to FILE instead of stdout
      --lang nl|en        language of the report (default: nl)
      --date YYYY-MM-DD   reference date in the report's header (default: today)
      -h, --help          show this help

    """

    static let steps = """
    Usage: opstap steps --data DIR [--client ID ...] [--kind K ...] [options]

    For every client (or the ones named), the best next steps up the
    participatieladder: openings one rung above the client's, of the kinds the
    policy gives for his rung (volunteer posts low on the ladder, paid work
    higher up); the same rung only when no step up exists; never a step down.
    Ties go to the lower opening id.

    Options:
    \(dataOptions)
    \(outputOptions)
      --client ID         only this client (repeatable)
      --kind K            kinds of opening (repeatable; default: by the client's rung)
      --top N             steps per client (default: 10)
      --near-misses       also list up to N openings that fail exactly one rule
      --reserved FILE     as for shortlist
      -h, --help          show this help

    """

    static let explain = """
    Usage: opstap explain --data DIR --client ID --opening ID [options]

    The whole explanation of one pair: every rule that failed, and each part of
    the score with its value, weight and points. The points add up to the score.
    With --letter: the explanation written to the client in plain language (what
    was looked at, what fits, what does not, who decides, how to react).

    Options:
    \(dataOptions)
    \(outputOptions)
      --client ID         the client (required)
      --opening ID        the opening (required)
      --letter            a letter to the client (--format text or html)
      -h, --help          show this help

    """

    static let scores = """
    Usage: opstap scores --data DIR [--kind K ...] [options]

    Every eligible client-opening pair with its score and components, for export
    and audit (csv or jsonl). Refuses to evaluate more than 5,000,000 pairs
    unless --force is given.

    Options:
    \(dataOptions)
    \(outputOptions(formats: "csv or jsonl", default: "csv"))
      --kind K            only openings of this kind (repeatable)
      --force             evaluate however many pairs there are
      -h, --help          show this help

    """

    static let validate = """
    Usage: opstap validate --data DIR [options]

    Reads every file of a dataset strictly. On any problem it lists each one as
    file:line:column: field: message (up to 100) and exits with 65. Otherwise it
    prints clients per municipality, placeability, attitude and ladder rung,
    openings per kind, and warnings: stale profiles, openings past their date,
    required competences nobody has, competences both required and wished,
    openings nobody can reach.

    Options:
    \(dataOptions)
      --date YYYY-MM-DD   reference date for the warnings (default: today)
      --lang nl|en        language of the summary (default: nl)
      --out FILE          write the summary to FILE instead of stdout
      -h, --help          show this help

    """

    static let generate = """
    Usage: opstap generate --out DIR [--profile sample] [--seed S]
           opstap generate --out DIR --clients N --openings M [--seed S]

    Writes clients, openings and groups files into DIR (created when missing).
    The same seed always gives the same bytes.

    Options:
      --profile sample|national  sample: the Wijchen and Druten region, 1,026
                          clients and 262 openings (default without --clients);
                          national: a pool of the given size on Dutch towns
      --clients N         number of clients (national)
      --openings M        number of openings (national)
      --seed S            random seed (default: 2019)
      --out DIR           folder to write to (required)
      --format csv|jsonl  file format (default: csv)
      --csv-dialect D     excel_nl (';', BOM, CRLF, decimal comma; default)
                          or rfc (',', LF, no BOM, decimal point)
      -h, --help          show this help

    """

    static func text(for command: String?) -> String {
        switch command {
        case "validate": validate
        case "generate": generate
        case "shortlist": shortlist
        case "steps": steps
        case "explain": explain
        case "scores": scores
        case "assign": assign
        case "market": market
        case "outcomes": outcomes
        default: main
        }
    }
}
