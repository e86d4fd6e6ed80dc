/// The help texts. Tests compare them verbatim, so a change here is a deliberate change.
enum HelpText {
    static let version = "opstap 0.1.0"

    static let main = """
    opstap: matching clients on welfare to work and participation (Participatiewet).

    Usage: opstap <command> [options]

    Commands:
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
        default: main
        }
    }
}
