// Test files are left alone by the configs, hardcoded values and all.
const password = 'Sup3rS3cretPassw0rd';
require('express')().listen(8080, () => password);
