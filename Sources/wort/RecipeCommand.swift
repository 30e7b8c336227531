import ArgumentParser
import Foundation
import WortCore
import WortIO
import WortRecipe

struct RecipeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recipe",
        abstract: "Check, format, version and export DataBrew recipes.",
        subcommands: [RecipeCheck.self, RecipeFormat.self, RecipePublish.self, RecipeExport.self])
}

struct RecipeCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a recipe against an input's schema: every problem at once, then the schema after each step.",
        discussion: "Reads only what it takes to know the schemas (the input's types, second datasets' columns); runs no step.")

    @Argument(help: "The recipe (DataBrew JSON or YAML).")
    var recipe: String

    @Option(help: "The dataset the recipe will run on.")
    var input: String

    @OptionGroup var recipeOptions: RecipeOptions
    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        let model = try RecipeFile.load(recipe)
        let options = try inputOptions.readOptions(allStrings: false)
        let environment = try recipeOptions.environment(recipePath: recipe, readOptions: options)
        let reader = try TableFiles.openReader(input, format: try inputOptions.format(), options: options)
        let (plan, problems) = RecipePlanner.plan(model, input: reader.schema, environment: environment)
        try RecipeFile.report(problems, recipe: recipe)
        guard let plan else { return }
        var out = "input: \(describe(plan.inputSchema))\n"
        for step in plan.steps {
            out += "step \(step.number) \(step.operation): \(describe(step.outputSchema))\n"
        }
        out += "ok: \(plan.steps.count) step\(plan.steps.count == 1 ? "" : "s")\n"
        print(out, terminator: "")
    }

    private func describe(_ s: WortCore.Schema) -> String {
        s.fields.map { "\($0.name) \($0.type)" }.joined(separator: ", ")
    }
}

struct RecipeFormat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite a recipe in DataBrew's canonical JSON (all values strings, compact lists).",
        discussion: "Unknown operations and parameters are kept as they are. Writes in place atomically, or to -o.")

    @Argument(help: "The recipe (DataBrew JSON or YAML).")
    var recipe: String

    @Option(name: [.short, .customLong("output")], help: "Write here instead of rewriting the recipe (- for stdout).")
    var output: String?

    func run() throws {
        let model = try RecipeFile.load(recipe)
        try OutputFile.write(RecipeJSONWriter.write(model), to: output ?? recipe)
    }
}

struct RecipePublish: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Freeze the working recipe as the next version (1.0, 2.0, ...), as DataBrew's Publish does.",
        discussion: "Versions live beside the recipe in NAME.versions/X.Y.json; jobs name one in RecipeReference.RecipeVersion (or LATEST_PUBLISHED). Without --list, publishes.")

    @Argument(help: "The recipe (DataBrew JSON or YAML).")
    var recipe: String

    @Flag(help: "List the published versions instead.")
    var list = false

    func run() throws {
        if list {
            let all = RecipeVersions.list(recipe)
            print(all.isEmpty ? "no published versions" : all.joined(separator: "\n"))
            return
        }
        let model = try RecipeFile.load(recipe)
        let version = try RecipeVersions.publish(recipe, recipe: model)
        print("published \(recipe) as version \(version)")
    }
}
