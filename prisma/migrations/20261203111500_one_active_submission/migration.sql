-- One active (not undone) submission per annotator and example: two tabs of the same
-- annotator submitting at once cannot both store an annotation. Prisma's schema
-- language has no partial unique indexes, so this one lives only here (see the
-- comment on Submission in schema.prisma).
CREATE UNIQUE INDEX "Submission_one_active_per_annotator"
    ON "Submission" ("exampleId", "annotatorId")
    WHERE "undoneAt" IS NULL;
