-- 倍增计划 (clause 10): a zone's target for the number of enterprises holding a qualification (e.g. 高新技术企业)
-- by a year, against the count at the end of a base year. Progress is computed from the registry, not stored.
CREATE TABLE zone_doubling_target (
    zone_code     VARCHAR(64)  NOT NULL,
    qualification VARCHAR(40)  NOT NULL,
    base_year     INT          NOT NULL,
    target_year   INT          NOT NULL,
    target_count  INT          NOT NULL,
    note          VARCHAR(500),
    set_at        TIMESTAMP    NOT NULL,
    set_by        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (zone_code, qualification)
);

-- 税收优惠 used by an enterprise in a year (元): 研发费用加计扣除额, the income tax an HNTE saved by the 15 % rate,
-- and 小微企业普惠性税收减免.
-- A figure not reported is NULL (unknown), never zero.
CREATE TABLE enterprise_tax_incentive (
    uscc                VARCHAR(18)   NOT NULL,
    tax_year            INT           NOT NULL,
    rd_super_deduction  NUMERIC(18,2),
    hnte_tax_reduction  NUMERIC(18,2),
    sme_tax_relief      NUMERIC(18,2),
    recorded_at         TIMESTAMP     NOT NULL,
    recorded_by         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (uscc, tax_year)
);
CREATE INDEX enterprise_tax_incentive_year ON enterprise_tax_incentive (tax_year, uscc);
