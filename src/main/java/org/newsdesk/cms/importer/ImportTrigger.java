package org.newsdesk.cms.importer;

import org.eclipse.microprofile.graphql.Description;

@Description("What started an import run.")
public enum ImportTrigger {
    @Description("The application's start, with cms.import.on-start=true.")
    STARTUP,
    @Description("The command line: `import DIR`.")
    COMMAND_LINE,
    @Description("An editor's runImport mutation.")
    RUN_IMPORT,
    @Description("An editor's importDocument mutation (a run of one document).")
    IMPORT_DOCUMENT
}
