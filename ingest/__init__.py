"""balikg ingestion: statement texts and the gazetteer in, records with text spans out."""
