// Where the e2e server's stand-in DNS resolver reads TXT records (DNS_TXT_RECORDS_FILE).
export const E2E_DNS_RECORDS_FILE = ".data/e2e-dns-txt.json";
