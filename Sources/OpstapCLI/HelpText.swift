/// The help texts. Tests compare them verbatim, so a change here is a deliberate change.
enum HelpText {
    static let version = "opstap 0.1.0"

    static let main = """
    opstap: matching clients on welfare to work and participation (Participatiewet).

    Usage: opstap <command> [options]

    Commands:
      shortlist   the best candidates for each opening, with reasons
      steps       the best next steps (volunteer posts) for each client
      explain     why one client and one opening do or do not fit
      scores      every eligible pair with its score, for export and audit
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

    static let outputOptions = """
      --format F          csv, jsonl, text or html (default: from the --out
                          extension, else text)
      --out FILE          write to FILE (atomically) instead of stdout
      --lang nl|en        language of explanations (default: nl)
      --date YYYY-MM-DD   reference date for validity and code 95 (default: today)
      --csv-dialect D     excel_nl (';', BOM, CRLF, decimal comma; default) or rfc
      --provenance        add the policy, its SHA-256 and the date as a first
                          record (jsonl) or a file OUT.provenance.jsonl (csv)
    """

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
      -h, --help          show this help

    """

    static let steps = """
    Usage: opstap steps --data DIR [--client ID ...] [--kind K ...] [options]

    For every client (or the ones named), the best next steps: by default volunteer
    posts and other participation steps, at most the policy's step above the
    client's rung on the participatieladder. Ties go to the lower opening id.

    Options:
    \(dataOptions)
    \(outputOptions)
      --client ID         only this client (repeatable)
      --kind K            kinds of opening (repeatable; default: volunteer)
      --top N             steps per client (default: 10)
      --near-misses       also list up to N openings that fail exactly one rule
      -h, --help          show this help

    """

    static let explain = """
    Usage: opstap explain --data DIR --client ID --opening ID [options]

    The whole explanation of one pair: every rule that failed, and each part of
    the score with its value, weight and points. The points add up to the score.

    Options:
    \(dataOptions)
    \(outputOptions)
      --client ID         the client (required)
      --opening ID        the opening (required)
      -h, --help          show this help

    """

    static let scores = """
    Usage: opstap scores --data DIR [--kind K ...] [options]

    Every eligible client-opening pair with its score and components, for export
    and audit (csv or jsonl). Refuses to evaluate more than 5,000,000 pairs
    unless --force is given.

    Options:
    \(dataOptions)
    \(outputOptions)
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
    required competences nobody has, openings nobody can reach.

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
        default: main
        }
    }
}
