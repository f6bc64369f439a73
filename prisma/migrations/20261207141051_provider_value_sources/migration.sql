-- AlterTable
ALTER TABLE "provider" ADD COLUMN     "sources" JSONB NOT NULL DEFAULT '[]';
