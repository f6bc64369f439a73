-- AlterTable
ALTER TABLE "amendment" ADD COLUMN     "change" TEXT NOT NULL,
ADD COLUMN     "service_number" INTEGER,
ADD COLUMN     "truncated" BOOLEAN NOT NULL DEFAULT false;
