-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('OBLAST', 'CITY');

-- CreateEnum
CREATE TYPE "DistrictKind" AS ENUM ('DISTRICT', 'CITY', 'CITY_DISTRICT', 'SETTLEMENT');

-- CreateEnum
CREATE TYPE "ProviderType" AS ENUM ('AUTHORITY', 'AKIMAT_APPARATUS', 'SERVICE_CENTRE');

-- CreateEnum
CREATE TYPE "AuthorityKind" AS ENUM ('DISTRICT_DEPARTMENT', 'REGIONAL_ADMINISTRATION', 'MINISTRY');

-- CreateEnum
CREATE TYPE "AkimatLevel" AS ENUM ('REGIONAL', 'DISTRICT');

-- CreateEnum
CREATE TYPE "AppendixKind" AS ENUM ('DEPT', 'AKIM', 'BASQ', 'APP', 'XQO', 'QUAL', 'FORM');

-- CreateTable
CREATE TABLE "legal_act" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "repeal" JSONB,
    "data" JSONB NOT NULL,

    CONSTRAINT "legal_act_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "amendment" (
    "id" TEXT NOT NULL,
    "legal_act_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "date" DATE,
    "number" TEXT,
    "target" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,

    CONSTRAINT "amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "repealed" BOOLEAN NOT NULL,
    "title" TEXT NOT NULL,
    "preamble_title" TEXT,
    "alternate_titles" TEXT[],
    "form" TEXT,
    "line_start" INTEGER,
    "line_end" INTEGER,
    "search_key" TEXT NOT NULL,
    "providers" JSONB NOT NULL,
    "legal_basis" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "recipients" JSONB NOT NULL,
    "deadlines" JSONB NOT NULL,
    "waiting_times" JSONB NOT NULL,
    "cost" JSONB NOT NULL,
    "schedules" JSONB NOT NULL,
    "documents" JSONB NOT NULL,
    "refusal_grounds" JSONB NOT NULL,
    "suspension_grounds" JSONB NOT NULL,
    "hand_in" JSONB NOT NULL,
    "delivery" JSONB NOT NULL,
    "complaints" JSONB NOT NULL,
    "forms" JSONB NOT NULL,
    "amendments" JSONB NOT NULL,

    CONSTRAINT "service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appendix" (
    "id" TEXT NOT NULL,
    "service_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "AppendixKind" NOT NULL,
    "heading" TEXT NOT NULL,
    "caption_start" INTEGER NOT NULL,
    "caption_end" INTEGER NOT NULL,
    "body_start" INTEGER NOT NULL,
    "body_end" INTEGER NOT NULL,

    CONSTRAINT "appendix_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quality_indicator" (
    "id" TEXT NOT NULL,
    "service_id" TEXT NOT NULL,
    "appendix_id" TEXT,
    "position" INTEGER NOT NULL,
    "group_number" INTEGER NOT NULL,
    "group_name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,

    CONSTRAINT "quality_indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "region" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_latin" TEXT NOT NULL,
    "kind" "RegionKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "alternate_names" TEXT[],
    "search_key" TEXT NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "district" (
    "id" TEXT NOT NULL,
    "region_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_latin" TEXT NOT NULL,
    "kind" "DistrictKind" NOT NULL,
    "alternate_names" TEXT[],
    "search_key" TEXT NOT NULL,

    CONSTRAINT "district_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider" (
    "id" TEXT NOT NULL,
    "type" "ProviderType" NOT NULL,
    "authority_kind" "AuthorityKind",
    "akimat_level" "AkimatLevel",
    "region_id" TEXT,
    "district_id" TEXT,
    "name" TEXT NOT NULL,
    "name_latin" TEXT NOT NULL,
    "alternate_names" TEXT[],
    "search_key" TEXT NOT NULL,
    "address" JSONB,
    "emails" JSONB NOT NULL,
    "websites" TEXT[],
    "phones" JSONB NOT NULL,
    "schedule" JSONB,
    "responsible_unit" JSONB,

    CONSTRAINT "provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider_service" (
    "provider_id" TEXT NOT NULL,
    "service_id" TEXT NOT NULL,

    CONSTRAINT "provider_service_pkey" PRIMARY KEY ("provider_id","service_id")
);

-- CreateTable
CREATE TABLE "listing" (
    "id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "appendix_id" TEXT NOT NULL,
    "service_id" TEXT NOT NULL,
    "region_id" TEXT,
    "position" INTEGER NOT NULL,
    "printed_number" TEXT,
    "line_start" INTEGER NOT NULL,
    "line_end" INTEGER NOT NULL,
    "values" JSONB NOT NULL,

    CONSTRAINT "listing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conflict" (
    "id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "chosen" TEXT NOT NULL,
    "rule" TEXT NOT NULL,

    CONSTRAINT "conflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_line" (
    "no" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "source_line_pkey" PRIMARY KEY ("no")
);

-- CreateTable
CREATE TABLE "seed_state" (
    "key" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "seeded_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "seed_state_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "amendment_legal_act_id_idx" ON "amendment"("legal_act_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_number_key" ON "service"("number");

-- CreateIndex
CREATE INDEX "appendix_kind_idx" ON "appendix"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "appendix_service_id_number_key" ON "appendix"("service_id", "number");

-- CreateIndex
CREATE INDEX "quality_indicator_service_id_idx" ON "quality_indicator"("service_id");

-- CreateIndex
CREATE INDEX "quality_indicator_appendix_id_idx" ON "quality_indicator"("appendix_id");

-- CreateIndex
CREATE UNIQUE INDEX "region_position_key" ON "region"("position");

-- CreateIndex
CREATE INDEX "district_region_id_idx" ON "district"("region_id");

-- CreateIndex
CREATE INDEX "district_kind_idx" ON "district"("kind");

-- CreateIndex
CREATE INDEX "provider_type_authority_kind_idx" ON "provider"("type", "authority_kind");

-- CreateIndex
CREATE INDEX "provider_type_akimat_level_idx" ON "provider"("type", "akimat_level");

-- CreateIndex
CREATE INDEX "provider_region_id_idx" ON "provider"("region_id");

-- CreateIndex
CREATE INDEX "provider_district_id_idx" ON "provider"("district_id");

-- CreateIndex
CREATE INDEX "provider_service_service_id_idx" ON "provider_service"("service_id");

-- CreateIndex
CREATE INDEX "listing_provider_id_idx" ON "listing"("provider_id");

-- CreateIndex
CREATE INDEX "listing_appendix_id_idx" ON "listing"("appendix_id");

-- CreateIndex
CREATE INDEX "listing_service_id_idx" ON "listing"("service_id");

-- CreateIndex
CREATE INDEX "listing_region_id_idx" ON "listing"("region_id");

-- CreateIndex
CREATE INDEX "conflict_provider_id_idx" ON "conflict"("provider_id");

-- AddForeignKey
ALTER TABLE "amendment" ADD CONSTRAINT "amendment_legal_act_id_fkey" FOREIGN KEY ("legal_act_id") REFERENCES "legal_act"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appendix" ADD CONSTRAINT "appendix_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quality_indicator" ADD CONSTRAINT "quality_indicator_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quality_indicator" ADD CONSTRAINT "quality_indicator_appendix_id_fkey" FOREIGN KEY ("appendix_id") REFERENCES "appendix"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "district" ADD CONSTRAINT "district_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider" ADD CONSTRAINT "provider_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider" ADD CONSTRAINT "provider_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_service" ADD CONSTRAINT "provider_service_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "provider_service" ADD CONSTRAINT "provider_service_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing" ADD CONSTRAINT "listing_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing" ADD CONSTRAINT "listing_appendix_id_fkey" FOREIGN KEY ("appendix_id") REFERENCES "appendix"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing" ADD CONSTRAINT "listing_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing" ADD CONSTRAINT "listing_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conflict" ADD CONSTRAINT "conflict_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;
