-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailNotifications" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Annotation_authorId_anchorStatus_idx" ON "Annotation"("authorId", "anchorStatus");

