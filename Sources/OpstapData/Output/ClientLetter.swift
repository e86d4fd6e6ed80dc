import Opstap

/// `opstap explain --letter`: the explanation of one pair written to the client, the start of
/// the explanation a person may ask for (EU AI Act, article 86). What was looked at, what fits,
/// what does not, that a person decides and not the computer, and how to react. No score and no
/// internal ratings: houding and plaatsbaarheid appear in plain words only (see docs/commands.md).
extension MatchRenderer {
    /// The client-voice sentence builder for this renderer's dataset and language.
    public var clientText: ClientText { ClientText(scorer: explainer.scorer, lang: lang) }

    /// The letter's sections: a heading and its sentences, in order.
    func letterSections(_ client: ClientID, _ opening: OpeningID) -> (title: String, intro: [String], sections: [(heading: String, lines: [String])]) {
        let text = clientText
        let o = dataset.openings[Int(opening.index)], c = dataset.clients[Int(client.index)]
        let eligible = explainer.scorer.evaluate(c, o).isEligible
        let place = dataset.openingTitles[Int(opening.index)], organisation = dataset.organisations[Int(o.organisation.index)]
        let title = lang.pick("Past deze plek bij u?", "Does this place suit you?")
        let intro = [
            lang.pick("Deze brief gaat over deze plek: \(place), bij \(organisation).", "This letter is about this place: \(place), at \(organisation)."),
            lang.pick("Het is \(text.kindName(o.kind)).", "It is \(text.kindName(o.kind))."),
            lang.pick("De gemeente gebruikt een computerprogramma. Het heet Opstap.", "The municipality uses a computer program. It is called Opstap."),
            lang.pick("Het zoekt plekken die bij u kunnen passen.", "It looks for places that may suit you."),
            lang.pick("In deze brief leest u waarom deze plek wel of niet past.", "This letter tells you why this place does or does not suit you."),
        ]
        var sections: [(heading: String, lines: [String])] = []
        sections.append((lang.pick("Waar hebben we naar gekeken?", "What did we look at?"),
                         text.factsUsed(client, opening) + [
                            lang.pick("We hebben ook gekeken naar wat deze plek vraagt.", "We also looked at what this place asks."),
                            lang.pick("We kijken nooit naar uw leeftijd, uw geslacht of uw afkomst.", "We never look at your age, your gender or where you come from."),
                            lang.pick("Uw gegevens zijn het laatst met u besproken op \(MarketEvent.longDate(c.confirmedOn, lang)).",
                                      "Your details were last checked with you on \(MarketEvent.longDate(c.confirmedOn, lang))."),
                         ]))
        let strengths = text.strengths(client, opening)
        sections.append((lang.pick("Wat past bij u?", "What suits you?"),
                         strengths.isEmpty ? [lang.pick("We vonden niets dat echt goed past.", "We found nothing that really suits you.")] : strengths))
        let concerns = text.concerns(client, opening)
        sections.append((lang.pick("Wat past niet, of minder goed?", "What does not suit you, or less well?"),
                         concerns.isEmpty ? [lang.pick("We vonden niets dat niet past.", "We found nothing that does not suit you.")] : concerns))
        sections.append((lang.pick("Wat vindt het programma?", "What does the program say?"),
                         [eligible ? lang.pick("Volgens het programma kan deze plek bij u passen.", "The program says this place may suit you.")
                                   : lang.pick("Volgens het programma past deze plek nu niet bij u.", "The program says this place does not suit you now.")]))
        sections.append((lang.pick("Wie beslist?", "Who decides?"), [
            lang.pick("De computer beslist niet. Hij doet alleen een voorstel.", "The computer does not decide. It only makes a suggestion."),
            lang.pick("Uw klantmanager of consulent beslist. Dat is een mens.", "Your klantmanager or consultant decides. That is a person."),
            lang.pick("Hij of zij praat daar eerst met u over.", "He or she talks with you about it first."),
        ]))
        sections.append((lang.pick("Wat kunt u doen?", "What can you do?"), [
            lang.pick("Heeft u een vraag? Stel die aan uw klantmanager.", "Do you have a question? Ask your klantmanager."),
            lang.pick("Klopt iets niet in uw gegevens? Zeg het. Dan passen we het aan.", "Is something wrong in your details? Say so. Then we correct it."),
            lang.pick("Bent u het niet eens met een besluit? Dan kunt u bezwaar maken.", "Do you disagree with a decision? Then you can object."),
            lang.pick("In de brief met het besluit staat hoe dat gaat.", "The letter with the decision tells you how."),
            lang.pick("Neem deze brief mee naar uw gesprek.", "Bring this letter to your meeting."),
        ]))
        return (title, intro, sections)
    }

    /// The letter as HTML (one A4 page where it fits, printable in black and white) or text.
    public func renderLetter(client: ClientID, opening: OpeningID, format: OutputFormat) -> [UInt8] {
        let letter = letterSections(client, opening)
        let reference = lang.pick("Uw nummer: \(dataset.clientIDs[Int(client.index)]) · plek \(dataset.openingIDs[Int(opening.index)])",
                                  "Your number: \(dataset.clientIDs[Int(client.index)]) · place \(dataset.openingIDs[Int(opening.index)])")
        if format == .html {
            var html = HTMLPage(title: letter.title, lang: lang, bodyClass: "letter")
            html.raw("<section class=\"letter\">\n")
            html.paragraph(reference, cssClass: "who")
            html.heading(letter.title)
            for line in letter.intro { html.paragraph(line) }
            for s in letter.sections {
                html.subheading(s.heading)
                html.list(s.lines, heading: nil)
            }
            html.paragraph(provenance.headerLine(lang), cssClass: "provenance")
            html.raw("</section>\n")
            return html.finish()
        }
        var out = letter.title + "\n" + String(repeating: "=", count: letter.title.count) + "\n" + reference + "\n\n"
        out += letter.intro.joined(separator: "\n") + "\n"
        for s in letter.sections {
            out += "\n" + s.heading + "\n" + s.lines.map { "- " + $0 + "\n" }.joined()
        }
        out += "\n" + provenance.headerLine(lang) + "\n"
        return Array(out.utf8)
    }
}
