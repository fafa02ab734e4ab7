import AktsomKit

extension Commands {
    static let gitSetup = Command(
        path: ["git", "setup"],
        abstract: Localized("gjør en git-klone klar: flettedriver, .gitattributes og klonens merke for nye id-er",
                            en: "prepare a git clone: merge driver, .gitattributes and the clone's mark for new ids"),
        discussion: Localized(
            "Git lagrer flettedrivere i hver klones egen .git/config, så kjør dette én gang etter git clone (aktsom init\ngjør det selv i et repo). Planfilene flettes da post for post, journalen med merge=union, og id-er Aktsom\nlager her, får klonens merke (klima-1.5-k7qm), så to kloner aldri lager samme id. Trygt å kjøre igjen.",
            en: "git keeps merge drivers in each clone's own .git/config, so run this once after git clone (aktsom init\ndoes it itself in a repository). The plan files then merge record by record, the journal with merge=union,\nand ids Aktsom makes here carry the clone's mark (klima-1.5-k7qm), so two clones never make the same id.\nSafe to run again."),
        examples: [Example("git clone https://git.example.no/innkjop/plan.git && cd plan && aktsom git setup")]
    ) { invocation in
        let store = try invocation.store()
        var random = SystemRandomNumberGenerator()
        let outcome = try invocation.gitSetup.setUp(store, executable: invocation.surroundings.executable, using: &random)
        invocation.confirm(invocation.gitSetupSummary(outcome, folder: store.folder),
                           json: .object([("workTree", .string(outcome.workTree)), ("driver", .string(outcome.driver)),
                                          ("mark", .string(outcome.mark)), ("markIsNew", .bool(outcome.markIsNew)),
                                          ("attributesChanged", .bool(outcome.attributesChanged)),
                                          ("ignoreChanged", .bool(outcome.ignoreChanged))]))
        return .success
    }

    static let gitMergeFile = Command(
        path: ["git", "merge-file"],
        abstract: Localized("flettedriveren git bruker for planfilene (kjøres av git)", en: "the merge driver git uses for the plan files (run by git)"),
        discussion: Localized("Fletter BASE, OURS og THEIRS post for post og skriver resultatet til OURS. Avslutter med 1 når\nsamme post er endret ulikt på begge sider; den står da mellom git sine konfliktmarkører.",
                              en: "Merges BASE, OURS and THEIRS record by record and writes the result to OURS. Ends with 1 when\nthe same record changed differently on both sides; it then stands between git's conflict markers."),
        positionals: [
            PositionalSpec(name: "BASE", help: Localized("felles utgangspunkt (%O)", en: "the common base (%O)")),
            PositionalSpec(name: "OURS", help: Localized("vår versjon, som får resultatet (%A)", en: "our version, which gets the result (%A)")),
            PositionalSpec(name: "THEIRS", help: Localized("den andre versjonen (%B)", en: "the other version (%B)")),
            PositionalSpec(name: "PATH", help: Localized("filens sti i repoet (%P)", en: "the file's path in the repository (%P)"), isRequired: false),
        ],
        isHidden: true
    ) { invocation in
        let base = try invocation.required("BASE"), ours = try invocation.required("OURS"), theirs = try invocation.required("THEIRS")
        let path = invocation.text("PATH") ?? ours
        let fileSystem = invocation.surroundings.fileSystem
        let merged = PlanFileMerge.merge(base: try invocation.readInputFile(base), ours: try invocation.readInputFile(ours),
                                         theirs: try invocation.readInputFile(theirs), path: path)
        guard let merged else {
            // Not a plan file this Aktsom can merge by record: git's own line merge.
            let result = invocation.surroundings.git.run(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs], in: ".")
            return result?.status == 0 ? .success : .failure
        }
        do throws(FileSystemError) {
            try fileSystem.writeAtomically(Array(merged.text.utf8), to: ours)
        } catch {
            throw error.diagnostic
        }
        if merged.conflicts > 0 {
            invocation.warn([Diagnostic(.data, message: Localized(
                "\(path): \(merged.conflicts.counted("post", "poster")) er endret ulikt på begge sider og står mellom konfliktmarkører",
                en: "\(path): \(merged.conflicts.counted("record", "records")) changed differently on both sides and stand between conflict markers"),
                notes: [Localized("behold den riktige versjonen av hver post, slett markeringslinjene, og kjør «aktsom check»",
                                  en: "keep the right version of each record, delete the marker lines, and run «aktsom check»")])])
            return .failure
        }
        return .success
    }
}

extension Invocation {
    func gitSetupSummary(_ outcome: GitSetup.Outcome, folder: String) -> Localized {
        let mark = outcome.markIsNew ? Localized("nytt merke «\(outcome.mark)»", en: "new mark «\(outcome.mark)»")
                                     : Localized("merket «\(outcome.mark)» som før", en: "the mark «\(outcome.mark)» as before")
        return Localized(
            "Satte opp git-klonen i \(outcome.workTree) for \(folder): flettedriveren «aktsom» i .git/config, \(outcome.attributesChanged ? "oppdatert" : "uendret") .gitattributes\(outcome.ignoreChanged ? " og oppdatert .gitignore" : "") i planmappen, og \(mark.nb) på nye id-er.",
            en: "Set up the git clone in \(outcome.workTree) for \(folder): the merge driver «aktsom» in .git/config, \(outcome.attributesChanged ? "updated" : "unchanged") .gitattributes\(outcome.ignoreChanged ? " and updated .gitignore" : "") in the plan folder, and the \(mark.en) on new ids.")
    }
}
