-- CreateTable
CREATE TABLE "ExampleLease" (
    "exampleId" TEXT NOT NULL,
    "annotatorId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExampleLease_pkey" PRIMARY KEY ("exampleId")
);

-- CreateIndex
CREATE INDEX "ExampleLease_annotatorId_idx" ON "ExampleLease"("annotatorId");

-- AddForeignKey
ALTER TABLE "ExampleLease" ADD CONSTRAINT "ExampleLease_exampleId_fkey" FOREIGN KEY ("exampleId") REFERENCES "Example"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExampleLease" ADD CONSTRAINT "ExampleLease_annotatorId_fkey" FOREIGN KEY ("annotatorId") REFERENCES "Annotator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

