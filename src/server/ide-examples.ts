/** Operations the in-browser IDE opens with, one tab each (test/graphql/ide.test.ts validates them against the schema). */
export interface ExampleOperation {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const IDE_EXAMPLES: ExampleOperation[] = [
  {
    title: "Who provides service 6 in Ақкөл district",
    query: `# Who provides service 6 in Ақкөл district? Names match in any case, Cyrillic or Latin.
query WhoProvidesServiceInDistrict($number: Int!, $place: String!) {
  service(number: $number) {
    number
    title
    authorities(filter: { text: $place }) { nodes { name phones { raw e164 } address { full } } }
    akimatApparatus(filter: { text: $place }, first: 50) { totalCount nodes { name level district { name } } }
    serviceCentres(filter: { text: $place }) { nodes { name address { full } schedule { text } } }
  }
}`,
    variables: { number: 6, place: "Akkol" },
  },
  {
    title: "Search across the directory",
    query: `# Search folds case, Kazakh diacritics, Latin, Russian and English spellings ("Aqköl", "Аккол", "Kostanay"),
# reads aliases ("Уральск", "ЦОН", "Семипалатинск"), corrects typos ("Pavladar"), and finds providers by
# address, phone in any spelling ("8 (71877) 7-07-56") and e-mail. Try them in the variables below.
query Search($query: String!) {
  search(query: $query, first: 10) {
    totalCount
    interpretations { typed readAs reason source }
    edges {
      score
      matchedField
      matchedText
      node {
        __typename
        ... on Region { name }
        ... on District { name region { name } }
        ... on Provider { name kind }
        ... on Service { number title }
      }
    }
  }
}`,
    variables: { query: "ЦОН Уральск" },
  },
  {
    title: "Regions with their districts",
    query: `query RegionsAndDistricts {
  regions(first: 20) {
    totalCount
    nodes {
      id
      name
      nameLatin
      regionalAdministration { name emails { value } }
      districts(first: 100) { totalCount nodes { name kind } }
    }
  }
}`,
  },
  {
    title: "A provider's listings and conflicts, with the act's text",
    query: `# Every row of the act that names a provider, the values printed there, and where the lists disagree.
query ProviderSources {
  authorities(first: 1, filter: { kind: DISTRICT_DEPARTMENT }) {
    nodes {
      name
      listings { standard { number } appendix { number kind } row lines { start end } values { name address phones { raw } } }
      conflicts { field chosen rule values { value listings { standard { number } } } }
    }
  }
  legalAct { title sourceLines(start: 1, end: 5) { no text } }
}`,
  },
  {
    title: "Statistics for an overview",
    query: `query Overview {
  stats {
    providers
    byKind { kind count }
    byRegion { region { name } authorities akimatApparatus serviceCentres districts }
    servicesPerProvider { services providers }
  }
}`,
  },
  {
    title: "Watch your applications as they change (subscription)",
    query: `# Live events over WebSocket. Put a PORTAL or OFFICER key in the Headers tab, e.g. {"Authorization": "Bearer qz_…"},
# run this, then submit or step an application (in another tab, or another client): each change appears here as it commits.
subscription WatchApplications {
  applicationUpdated {
    id
    type
    number
    from
    to
    version
    occurredAt
  }
}`,
  },
];
