//! Azure Resource Manager's endpoint per cloud.

/// ARM's endpoint, which is also its token audience, in the cloud `options` name: Azure's
/// public cloud by default, China, US Government, or a custom cloud whose audiences hold one
/// for `Client` (the generated client type).
pub mod arm {
    use azure_core::cloud::CloudConfiguration;
    use azure_core::error::ErrorKind;

    pub fn audience<Client: 'static>(cloud: Option<&CloudConfiguration>) -> azure_core::Result<String> {
        let known = match cloud {
            None | Some(CloudConfiguration::AzurePublic) => "https://management.azure.com",
            Some(CloudConfiguration::AzureChina) => "https://management.chinacloudapi.cn",
            Some(CloudConfiguration::AzureGovernment) => "https://management.usgovcloudapi.net",
            Some(CloudConfiguration::Custom(custom)) => {
                return custom.audiences.get::<Client>().map(str::to_owned).ok_or_else(|| {
                    azure_core::Error::with_message(
                        ErrorKind::Other,
                        format!(
                            "the custom cloud configuration has no audience for {}",
                            std::any::type_name::<Client>()
                        ),
                    )
                })
            }
            Some(other) => {
                return Err(azure_core::Error::with_message(
                    ErrorKind::Other,
                    format!("no Resource Manager endpoint is known for {other:?}"),
                ))
            }
        };
        Ok(known.to_owned())
    }
}
