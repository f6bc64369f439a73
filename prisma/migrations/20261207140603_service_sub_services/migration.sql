-- AlterTable
ALTER TABLE "service" ADD COLUMN     "sub_services" JSONB;
