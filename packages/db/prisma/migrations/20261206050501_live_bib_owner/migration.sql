-- AlterTable
ALTER TABLE "ReadingList" ADD COLUMN     "bibTokenUserId" TEXT;

