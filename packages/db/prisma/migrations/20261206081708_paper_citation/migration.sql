-- AlterTable
ALTER TABLE "Paper" ADD COLUMN     "citation" JSONB;
