package org.newsdesk.cms;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout's promises, checked on the compiled classes (every reference counts:
 * imports, fully qualified names, signatures, annotations): feature packages form no
 * cycle, and the lower ones know nothing of what is built on them.
 */
class PackageCyclesTest {

    private static final String BASE = "org.newsdesk.cms";

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(APPLICATION);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".common..")
                .should().dependOnClassesThat(resideInAPackage(BASE + "..").and(not(resideInAPackage(BASE + ".common.."))))
                .check(APPLICATION);
    }

    @Test
    void authorsSourcesSectionsAndTagsKnowNothingOfArticles() {
        noClasses().that().resideInAnyPackage(BASE + ".author..", BASE + ".newssource..", BASE + ".section..",
                BASE + ".tag..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".article..", BASE + ".related..",
                        BASE + ".importer..", BASE + ".search..", BASE + ".http..", BASE + ".readcache..")
                .check(APPLICATION);
    }

    @Test
    void documentReadingKnowsNothingOfTheImportJob() {
        noClasses().that().resideInAPackage(BASE + ".importer.document..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".importer")
                .check(APPLICATION);
    }

    @Test
    void theHttpPipelineKnowsNoStageBuiltOnIt() {
        noClasses().that().resideInAPackage(BASE + ".http..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".readcache..")
                .check(APPLICATION);
    }
}
