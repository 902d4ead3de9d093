CREATE TABLE "sitemap_months" (
	"time_zone" text NOT NULL,
	"month" text NOT NULL,
	"stories" integer NOT NULL,
	"lastmod" timestamp with time zone,
	CONSTRAINT "sitemap_months_time_zone_month_pk" PRIMARY KEY("time_zone","month")
);
