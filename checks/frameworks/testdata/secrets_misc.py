import hashlib
import logging

from azure.cosmos import CosmosClient

log = logging.getLogger(__name__)

client = CosmosClient(URL, credential="c2VjcmV0LWtleS1mb3ItY29zbW9zLWRiLWFjY291bnQ=")  # want: K251
client2 = CosmosClient.from_connection_string("AccountEndpoint=https://x.documents.azure.com:443/;AccountKey=abc==;")  # want: K251
emulator = CosmosClient("https://localhost:8081", "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==")  # want: K251
ok_client = CosmosClient(URL, credential=DefaultAzureCredential())

AWS_KEY = "AKIAQWERTYUIOPASDFGH"  # want: K252
DOC_KEY = "AKIAIOSFODNN7EXAMPLE"
GH = "ghp_0123456789abcdefghijABCDEFGHIJ012345"  # want: K252
SLACK_HOOK = "xoxb-123456789012-abcdefghijkl"  # want: K252
PEM_MARKER = "-----BEGIN RSA PRIVATE KEY-----"
KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\nMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\n-----END PRIVATE KEY-----"  # want: K252


def login(user, password, token_count):
    log.info("login %s with %s", user, password)  # want: K253
    logging.debug(f"api key is {settings.api_key}")  # want: K253
    log.warning("user %s failed (%d tokens)", user, token_count)
    log.info("password length %d", len(password))
    log.error("password for %s is wrong", user)
    logger.info("secret: " + client_secret)  # want: K253
    log.debug("headers: %s", request.headers["Authorization"])  # want: K253
    log.info("book by %s", book.author)
    print(password)
    digest = hashlib.sha256(password.encode()).hexdigest()  # want: K254
    weak = hashlib.md5(salt + password.encode("utf-8"))  # want: K254, B324
    legacy = hashlib.new("sha1", user.password)  # want: K254, B324
    fine = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
    key_id = hashlib.sha256(api_key.encode()).hexdigest()
    file_hash = hashlib.sha256(data).hexdigest()
    return digest
